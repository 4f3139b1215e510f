package ca.mechanicplatform.crm;

/** A follow-up as typed: the day it is due (YYYY-MM-DD) and what to do. */
public record FollowUpForm(String dueOn, String text) {
}
