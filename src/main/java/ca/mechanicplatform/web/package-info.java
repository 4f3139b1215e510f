/**
 * The shared web shell: page layout and navigation, the home page, the redirect to each role's dashboard, error
 * pages, RFC 9457 problem details for the API, and form error handling. Depends only on the kernel, so every
 * module's pages can use it.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Web shell")
package ca.mechanicplatform.web;
