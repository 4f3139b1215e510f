package ca.mechanicplatform.docs;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Calls the JSON API over real HTTP, as a script would, and keeps every request and response so that they can be shown
 * as examples in the API reference.
 */
final class ApiRecorder {

	static final JsonMapper JSON = JsonMapper.builder().build();

	/** One file part of a multipart request. */
	record FilePart(String field, String fileName, String contentType, byte[] content) {
	}

	/** A request as sent and the answer as received. */
	record Exchange(String method, String path, boolean authenticated, String requestBody, Map<String, String> formFields,
			FilePart file, int status, String contentType, byte[] responseBody) {

		String responseText() {
			return new String(responseBody, StandardCharsets.UTF_8);
		}

		JsonNode json() {
			return JSON.readTree(responseText());
		}

		boolean succeeded() {
			return status >= 200 && status < 300;
		}
	}

	private final HttpClient http = HttpClient.newHttpClient();
	private final String base;
	private final List<Exchange> exchanges = Collections.synchronizedList(new ArrayList<>());

	ApiRecorder(int port) {
		this.base = "http://localhost:" + port;
	}

	List<Exchange> exchanges() {
		return List.copyOf(exchanges);
	}

	Exchange get(String path, String token) {
		return send("GET", path, token, null, null, null);
	}

	Exchange delete(String path, String token) {
		return send("DELETE", path, token, null, null, null);
	}

	Exchange post(String path, String token, Object body) {
		return send("POST", path, token, body == null ? null : JSON.writeValueAsString(body), null, null);
	}

	Exchange put(String path, String token, Object body) {
		return send("PUT", path, token, JSON.writeValueAsString(body), null, null);
	}

	/** A multipart/form-data POST with text fields and at most one file. */
	Exchange upload(String path, String token, Map<String, String> fields, FilePart file) {
		return send("POST", path, token, null, new LinkedHashMap<>(fields), file);
	}

	private Exchange send(String method, String path, String token, String json, Map<String, String> fields, FilePart file) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json, */*");
		if (token != null) {
			request.header("Authorization", "Bearer " + token);
		}
		if (fields != null) {
			String boundary = "----imp" + UUID.randomUUID().toString().replace("-", "");
			request.header("Content-Type", "multipart/form-data; boundary=" + boundary)
				.method(method, HttpRequest.BodyPublishers.ofByteArray(multipart(boundary, fields, file)));
		}
		else if (json != null) {
			request.header("Content-Type", "application/json").method(method, HttpRequest.BodyPublishers.ofString(json));
		}
		else {
			request.method(method, HttpRequest.BodyPublishers.noBody());
		}
		try {
			HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
			Exchange exchange = new Exchange(method, path, token != null, json, fields, file, response.statusCode(),
					response.headers().firstValue("Content-Type").orElse(""), response.body());
			exchanges.add(exchange);
			return exchange;
		}
		catch (IOException e) {
			throw new IllegalStateException(method + " " + path + " failed", e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private static byte[] multipart(String boundary, Map<String, String> fields, FilePart file) {
		var body = new ByteArrayOutputStream();
		fields.forEach((name, value) -> body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + name
				+ "\"\r\n\r\n" + value + "\r\n").getBytes(StandardCharsets.UTF_8)));
		if (file != null) {
			body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + file.field() + "\"; filename=\""
					+ file.fileName() + "\"\r\nContent-Type: " + file.contentType() + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
			body.writeBytes(file.content());
			body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
		}
		body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return body.toByteArray();
	}
}
