package ca.mechanicplatform.testing;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Sends multipart/form-data to the API over real HTTP, as a browser or script uploading a file would. */
public final class Multipart {

	private final HttpClient http = HttpClient.newHttpClient();
	private final String base;
	private final Map<String, String> fields = new LinkedHashMap<>();
	private String fileField;
	private String fileName;
	private String fileContentType;
	private byte[] fileContent;

	public Multipart(int port) {
		this.base = "http://localhost:" + port;
	}

	public Multipart field(String name, String value) {
		fields.put(name, value);
		return this;
	}

	/** The file part; {@code contentType} is what the client claims, which the platform must not trust. */
	public Multipart file(String field, String name, String contentType, byte[] content) {
		this.fileField = field;
		this.fileName = name;
		this.fileContentType = contentType;
		this.fileContent = content;
		return this;
	}

	public Api.Reply post(String path, String token) {
		String boundary = "----imp" + UUID.randomUUID().toString().replace("-", "");
		var body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n"));
		if (fileField != null) {
			write(body, "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + fileField + "\"; filename=\"" + fileName
					+ "\"\r\nContent-Type: " + fileContentType + "\r\n\r\n");
			body.writeBytes(fileContent);
			write(body, "\r\n");
		}
		write(body, "--" + boundary + "--\r\n");
		var request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json")
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Api.Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static void write(ByteArrayOutputStream out, String text) {
		out.writeBytes(text.getBytes(StandardCharsets.UTF_8));
	}
}
