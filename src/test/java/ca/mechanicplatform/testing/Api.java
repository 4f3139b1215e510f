package ca.mechanicplatform.testing;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A small client for the platform's JSON API over real HTTP, as a script or app would call it. */
public final class Api {

	private static final JsonMapper JSON = JsonMapper.builder().build();
	private static final java.util.Map<String, String> TOKENS = new java.util.concurrent.ConcurrentHashMap<>();

	private final HttpClient http = HttpClient.newHttpClient();
	private final String base;

	public Api(int port) {
		this("http://localhost:" + port);
	}

	/** The API of the platform at {@code base}, such as {@code http://127.0.0.1:8080}. */
	public Api(String base) {
		this.base = base;
	}

	public record Reply(int status, String contentType, String body) {

		public JsonNode json() {
			return JSON.readTree(body);
		}
	}

	public Reply get(String path, String token) {
		return send(request(path, token).GET());
	}

	public Reply post(String path, String token, Object body) {
		return postRaw(path, token, JSON.writeValueAsString(body));
	}

	public Reply postRaw(String path, String token, String body) {
		return send(request(path, token).header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public Reply put(String path, String token, Object body) {
		return send(request(path, token).header("Content-Type", "application/json")
			.PUT(HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body))));
	}

	public Reply delete(String path, String token) {
		return send(request(path, token).DELETE());
	}

	/** A binary download (a PDF, say); fails unless the answer is 200. */
	public byte[] bytes(String path, String token) {
		try {
			HttpResponse<byte[]> response = http.send(request(path, token).header("Accept", "*/*").GET().build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException("GET " + path + " answered " + response.statusCode());
			}
			return response.body();
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	/**
	 * A bearer token for the account, issued once per account, platform address and test run (tokens stay valid until
	 * revoked).
	 */
	public String token(String email, String password) {
		return TOKENS.computeIfAbsent(base + "\n" + email + "\n" + password, key -> issueToken(email, password));
	}

	private String issueToken(String email, String password) {
		Reply reply = post("/api/auth/token", null, Map.of("email", email, "password", password));
		if (reply.status() != 201) {
			throw new IllegalStateException("Could not get a token for " + email + ": " + reply);
		}
		return reply.json().get("token").asString();
	}

	private HttpRequest.Builder request(String path, String token) {
		HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(base + path)).header("Accept", "application/json");
		if (token != null) {
			builder.header("Authorization", "Bearer " + token);
		}
		return builder;
	}

	private Reply send(HttpRequest.Builder request) {
		try {
			HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
			return new Reply(response.statusCode(), response.headers().firstValue("Content-Type").orElse(""), response.body());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}
}
