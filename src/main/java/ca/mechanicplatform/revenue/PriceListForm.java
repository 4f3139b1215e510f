package ca.mechanicplatform.revenue;

/** The operator's price list form, as typed in dollars ({@code "15"}, {@code "35.00"}). */
public record PriceListForm(String chat, String video) {
}
