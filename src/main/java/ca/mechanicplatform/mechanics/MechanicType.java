package ca.mechanicplatform.mechanics;

/** Whether a mechanic works for themselves or is employed by one workshop (the non-compete applies to the latter). */
public enum MechanicType {
	INDEPENDENT, WORKSHOP_EMPLOYEE
}
