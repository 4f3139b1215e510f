package ca.mechanicplatform.web;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

import com.zaxxer.hikari.HikariDataSource;

/**
 * The platform's PostgreSQL sessions run without just-in-time compilation of queries ({@code SET jit = off} on each
 * new pooled connection, unless {@code spring.datasource.hikari.connection-init-sql} says otherwise). PostgreSQL
 * compiles a query whose estimated cost passes {@code jit_above_cost}, and compiling takes tens of milliseconds: worth
 * it for a report over millions of rows, never for the platform's requests, which read a page of rows through an index.
 * A generic plan of a paged query (estimated without knowing the page size) can pass the threshold all the same, and
 * then every request would pay the compilation. H2 has no such setting and is left alone.
 */
@Component
class PostgresSessionSettings implements BeanPostProcessor {

	static final String INIT_SQL = "SET jit = off";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null && pool.getJdbcUrl().startsWith("jdbc:postgresql:")
				&& pool.getConnectionInitSql() == null) {
			pool.setConnectionInitSql(INIT_SQL);
		}
		return bean;
	}
}
