/**
 * Consultations: virtual chat and video sessions between a customer and a mechanic — the request, the mechanics'
 * feed with the geographic non-compete filtered in SQL, the atomic accept that records the revenue mode in force, the
 * chat, completion and the customer's rating. The price, the payment (captured at request, refunded on cancel or
 * expiry) and the sale recorded at completion go through revenue. Depends on accounts, mechanics, workshops, geo,
 * revenue, notifications, web and the kernel; publishes {@link ca.mechanicplatform.consultations.ConsultationCompleted}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Consultations")
package ca.mechanicplatform.consultations;
