/**
 * Documents: files people upload (trade certificates, liability insurance, workshop photos), stored in the database
 * so every instance can serve them, typed from their content and served only to their owner and the platform's
 * operators. Depends on accounts (roles) and the kernel; other modules keep a
 * {@link ca.mechanicplatform.kernel.DocumentId} and never the file itself.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Documents")
package ca.mechanicplatform.documents;
