/**
 * Shared kernel: value types every module speaks in — money in integer cents, percentages, Canadian postal
 * codes and forward sortation areas, and typed ids. It is plain Java with no framework dependencies, so any
 * module may use it freely.
 */
@org.springframework.modulith.ApplicationModule(
		type = org.springframework.modulith.ApplicationModule.Type.OPEN,
		displayName = "Kernel")
package ca.mechanicplatform.kernel;
