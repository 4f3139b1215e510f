package ca.mechanicplatform.web;

import java.io.IOException;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.ReadListener;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

/**
 * Refuses API request bodies over 1 MB with 413 before anything reads them: no JSON the platform accepts comes near
 * that size, and parsing megabytes of it would only cost memory. Uploads (multipart) have their own 10 MB limit in
 * the documents module. A body sent without a length is cut off at the limit, which the JSON reader reports as 400.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE + 10)
class RequestBodyLimit extends OncePerRequestFilter {

	static final long MAX_BYTES = 1024 * 1024;

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String type = request.getContentType();
		return !request.getRequestURI().startsWith("/api/")
				|| (type != null && type.toLowerCase(java.util.Locale.ROOT).startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.getContentLengthLong() > MAX_BYTES) {
			response.setStatus(HttpServletResponse.SC_REQUEST_ENTITY_TOO_LARGE);
			response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
			response.setHeader("Connection", "close");
			response.getWriter().write("{\"type\":\"about:blank\",\"title\":\"Content Too Large\",\"status\":413,"
					+ "\"detail\":\"The request body is larger than 1 MB\",\"instance\":\"" + escape(request.getRequestURI()) + "\"}");
			return;
		}
		chain.doFilter(request.getContentLengthLong() < 0 ? new Capped(request) : request, response);
	}

	private static String escape(String path) {
		return path.replace("\\", "\\\\").replace("\"", "\\\"");
	}

	/** A request whose body reads as ended after {@link #MAX_BYTES}, for bodies sent without a length. */
	private static final class Capped extends HttpServletRequestWrapper {

		Capped(HttpServletRequest request) {
			super(request);
		}

		@Override
		public ServletInputStream getInputStream() throws IOException {
			ServletInputStream body = super.getInputStream();
			return new ServletInputStream() {
				private long read;

				@Override
				public int read() throws IOException {
					if (read >= MAX_BYTES) {
						return ended();
					}
					int next = body.read();
					if (next >= 0) {
						read++;
					}
					return next;
				}

				@Override
				public int read(byte[] buffer, int offset, int length) throws IOException {
					if (read >= MAX_BYTES) {
						return ended();
					}
					int count = body.read(buffer, offset, (int) Math.min(length, MAX_BYTES - read));
					if (count > 0) {
						read += count;
					}
					return count;
				}

				private int ended() throws IOException {
					if (body.read() < 0) {
						return -1;
					}
					throw new IOException("The request body is larger than 1 MB");
				}

				@Override
				public boolean isFinished() {
					return body.isFinished();
				}

				@Override
				public boolean isReady() {
					return body.isReady();
				}

				@Override
				public void setReadListener(ReadListener listener) {
					body.setReadListener(listener);
				}
			};
		}
	}
}
