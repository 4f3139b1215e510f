package ca.mechanicplatform.profiles.web;

/**
 * The link-preview tags (OpenGraph, Twitter card), the description and the canonical address that the shared layout
 * writes into a page's head when the model has a {@code socialMeta}.
 */
public record SocialMeta(String title, String description, String url, String type) {
}
