package org.dossier.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class SessionTest {
  private static final LocalDate OPENING = LocalDate.of(2020, 2, 24);
  private static final LocalDate CLOSING = LocalDate.of(2020, 3, 20);

  @Test
  void designationIsTheSessionAsPrintedInSymbols() {
    assertThat(Session.regular(Body.HUMAN_RIGHTS_COUNCIL, 43, OPENING, CLOSING).designation())
        .isEqualTo("43");
    assertThat(Session.special(Body.HUMAN_RIGHTS_COUNCIL, 1, null, null).designation())
        .isEqualTo("S-1");
    assertThat(
            new Session(Body.GENERAL_ASSEMBLY, Session.Kind.EMERGENCY_SPECIAL, 10, null, null)
                .designation())
        .isEqualTo("ES-10");
    assertThat(Session.annual(Body.ECONOMIC_AND_SOCIAL_COUNCIL, 2020, null, null).designation())
        .isEqualTo("2020");
  }

  @Test
  void includesDaysWithinItsDates() {
    Session session = Session.regular(Body.HUMAN_RIGHTS_COUNCIL, 43, OPENING, CLOSING);
    assertThat(session.includes(OPENING)).isTrue();
    assertThat(session.includes(CLOSING)).isTrue();
    assertThat(session.includes(CLOSING.plusDays(1))).isFalse();
    assertThat(Session.special(Body.HUMAN_RIGHTS_COUNCIL, 1, null, null).includes(OPENING))
        .isFalse();
  }

  @Test
  void endBeforeStartIsRejected() {
    assertThatThrownBy(() -> Session.regular(Body.HUMAN_RIGHTS_COUNCIL, 43, CLOSING, OPENING))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("Session.end 2020-02-24 is before Session.start 2020-03-20");
  }

  @Test
  void numberMustBePositive() {
    assertThatThrownBy(() -> Session.regular(Body.HUMAN_RIGHTS_COUNCIL, 0, null, null))
        .hasMessage("Session.number must be 1 or more, was 0");
  }

  @Test
  void annualSessionNumberIsAYear() {
    assertThatThrownBy(() -> Session.annual(Body.ECONOMIC_AND_SOCIAL_COUNCIL, 20, null, null))
        .hasMessage("Session.number of an annual session is a year from 1946, was 20");
  }

  @Test
  void bodyAndKindAreRequired() {
    assertThatThrownBy(() -> Session.regular(null, 43, null, null))
        .hasMessage("Session.body is required");
    assertThatThrownBy(() -> new Session(Body.HUMAN_RIGHTS_COUNCIL, null, 43, null, null))
        .hasMessage("Session.kind is required");
  }
}
