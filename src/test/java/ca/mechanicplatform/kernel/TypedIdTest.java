package ca.mechanicplatform.kernel;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.function.LongFunction;
import java.util.stream.Stream;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

class TypedIdTest {

	static Stream<Arguments> idTypes() {
		return Stream.of(
				Arguments.of(Named.of("UserId", (LongFunction<Object>) UserId::new), "UserId"),
				Arguments.of(Named.of("CustomerId", (LongFunction<Object>) CustomerId::new), "CustomerId"),
				Arguments.of(Named.of("MechanicId", (LongFunction<Object>) MechanicId::new), "MechanicId"),
				Arguments.of(Named.of("WorkshopId", (LongFunction<Object>) WorkshopId::new), "WorkshopId"),
				Arguments.of(Named.of("BayId", (LongFunction<Object>) BayId::new), "BayId"),
				Arguments.of(Named.of("DocumentId", (LongFunction<Object>) DocumentId::new), "DocumentId"));
	}

	@ParameterizedTest
	@MethodSource("idTypes")
	void anIdPrintsAsItsNumberAndEqualsAnotherWithTheSameNumber(LongFunction<Object> id, String typeName) {
		assertThat(id.apply(42)).hasToString("42").isEqualTo(id.apply(42)).isNotEqualTo(id.apply(43));
	}

	@ParameterizedTest
	@MethodSource("idTypes")
	void anIdMustBePositive(LongFunction<Object> id, String typeName) {
		assertThatThrownBy(() -> id.apply(0))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage(typeName + " must be positive, was 0");
		assertThatThrownBy(() -> id.apply(-7))
				.isInstanceOf(IllegalArgumentException.class)
				.hasMessage(typeName + " must be positive, was -7");
	}

	@ParameterizedTest
	@MethodSource("idTypes")
	void idsOfDifferentKindsAreNeverEqual(LongFunction<Object> id, String typeName) {
		Stream.<LongFunction<Object>>of(UserId::new, CustomerId::new, MechanicId::new, WorkshopId::new, BayId::new,
						DocumentId::new)
				.map(other -> other.apply(1))
				.filter(other -> !other.getClass().getSimpleName().equals(typeName))
				.forEach(other -> assertThat(id.apply(1)).isNotEqualTo(other));
	}

	@ParameterizedTest
	@MethodSource("idTypes")
	void theFactoryMethodMakesTheSameIdAsTheConstructor(LongFunction<Object> id, String typeName) {
		Object viaFactory = switch (typeName) {
			case "UserId" -> UserId.of(9);
			case "CustomerId" -> CustomerId.of(9);
			case "MechanicId" -> MechanicId.of(9);
			case "WorkshopId" -> WorkshopId.of(9);
			case "BayId" -> BayId.of(9);
			case "DocumentId" -> DocumentId.of(9);
			default -> throw new IllegalStateException(typeName);
		};
		assertThat(viaFactory).isEqualTo(id.apply(9));
	}
}
