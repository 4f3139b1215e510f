/**
 * Revenue: fee rules and the consultation price list, the split calculator for every revenue model, the double-entry
 * ledger with its idempotent postings (sales, bay and membership fees, payments and refunds through the
 * {@link ca.mechanicplatform.revenue.PaymentGateway} port, payouts), and the earnings read from it. May use accounts,
 * mechanics, workshops, audit and the web shell; parties are referenced by typed id only.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Revenue")
package ca.mechanicplatform.revenue;
