/**
 * Demo data for the zero-setup embedded database: the documented demo log-ins, workshops in six cities (the Toronto
 * one with hours, bays and an employee), mechanics at each stage of onboarding, customers across Canada, published
 * partnership programs, an active bay-rental partnership (applied for, approved and signed by both) with upcoming bay
 * bookings, and a few months of paid consultations, bay-rental jobs, statements and payouts, created through the other
 * modules' public APIs. Loaded on the embedded database by
 * default, on PostgreSQL only when {@code DEMO_DATA=true}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Demo data")
package ca.mechanicplatform.demo;
