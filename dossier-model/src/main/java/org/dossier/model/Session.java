package org.dossier.model;

import java.time.LocalDate;

/**
 * A session of a body: the forty-third regular session of the Human Rights Council, its first
 * special session, or the Economic and Social Council's 2020 session. Dates are those planned or
 * held; either may be unknown ({@code null}).
 *
 * @param body the body meeting
 * @param kind how the session is designated
 * @param number the session's number, or its year for {@link Kind#ANNUAL}
 * @param start first day, or null if unknown
 * @param end last day, or null if unknown; never before {@code start}
 */
public record Session(Body body, Kind kind, int number, LocalDate start, LocalDate end) {

  /** How a session is designated, and so how it appears in symbols. */
  public enum Kind {
    /** A numbered regular session: {@code 43} in {@code A/HRC/43/2}. */
    REGULAR(""),
    /** A special session: {@code S-1} in {@code A/HRC/RES/S-1/1}. */
    SPECIAL("S-"),
    /** An emergency special session of the General Assembly: {@code ES-10}. */
    EMERGENCY_SPECIAL("ES-"),
    /** A session designated by its year, as the Economic and Social Council's: {@code 2020}. */
    ANNUAL("");

    private final String prefix;

    Kind(String prefix) {
      this.prefix = prefix;
    }
  }

  private static final int FIRST_YEAR = 1946;

  public Session {
    if (body == null) {
      throw new IllegalArgumentException("Session.body is required");
    }
    if (kind == null) {
      throw new IllegalArgumentException("Session.kind is required");
    }
    if (kind == Kind.ANNUAL && (number < FIRST_YEAR || number > 9999)) {
      throw new IllegalArgumentException(
          "Session.number of an annual session is a year from " + FIRST_YEAR + ", was " + number);
    }
    if (number < 1) {
      throw new IllegalArgumentException("Session.number must be 1 or more, was " + number);
    }
    if (start != null && end != null && end.isBefore(start)) {
      throw new IllegalArgumentException(
          "Session.end " + end + " is before Session.start " + start);
    }
  }

  /** A numbered regular session. */
  public static Session regular(Body body, int number, LocalDate start, LocalDate end) {
    return new Session(body, Kind.REGULAR, number, start, end);
  }

  /** A numbered special session. */
  public static Session special(Body body, int number, LocalDate start, LocalDate end) {
    return new Session(body, Kind.SPECIAL, number, start, end);
  }

  /** A session designated by its year. */
  public static Session annual(Body body, int year, LocalDate start, LocalDate end) {
    return new Session(body, Kind.ANNUAL, year, start, end);
  }

  /** The session as it appears in symbols: {@code "43"}, {@code "S-1"}, {@code "2020"}. */
  public String designation() {
    return kind.prefix + number;
  }

  /** Whether the day falls within the session's known dates. */
  public boolean includes(LocalDate day) {
    return start != null && end != null && !day.isBefore(start) && !day.isAfter(end);
  }
}
