package org.dossier.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * The bodies the generator writes for, with the sessions it knows. HRC sessions 40–46 carry their
 * real dates (un-conventions §3.2); the others follow the Council's February, June and September
 * rhythm and the General Assembly's September-to-September year.
 */
enum Forum {
  HUMAN_RIGHTS_COUNCIL("General Assembly", "Human Rights Council", "A/HRC/", true),
  GENERAL_ASSEMBLY("General Assembly", "General Assembly", "A/", false),
  SECURITY_COUNCIL("Security Council", "Security Council", "S/", false),
  ECONOMIC_AND_SOCIAL_COUNCIL(
      "Economic and Social Council", "Economic and Social Council", "E/", false);

  private final String organ;
  private final String body;
  private final String prefix;
  private final boolean geneva;

  Forum(String organ, String body, String prefix, boolean geneva) {
    this.organ = organ;
    this.body = body;
    this.prefix = prefix;
    this.geneva = geneva;
  }

  /** English canonical name of the principal organ, as in the record contract. */
  String organ() {
    return organ;
  }

  /** English canonical name of the body whose document it is. */
  String body() {
    return body;
  }

  /** Symbol prefix of the body's series: {@code "A/HRC/"}. */
  String prefix() {
    return prefix;
  }

  /** Whether the body's documents are processed in Geneva ({@code GE.} job numbers). */
  boolean geneva() {
    return geneva;
  }

  /** A session of a forum; Security Council documents belong to a calendar year instead. */
  record Session(Forum forum, int number, LocalDate start, LocalDate end) {}

  /** Every session the generator may write for, in chronological order per forum. */
  static List<Session> sessions() {
    List<Session> sessions = new ArrayList<>();
    int[][] hrc = {
      {37, 2018, 2, 26, 2018, 3, 23},
      {38, 2018, 6, 18, 2018, 7, 6},
      {39, 2018, 9, 10, 2018, 9, 28},
      {40, 2019, 2, 25, 2019, 3, 22},
      {41, 2019, 6, 24, 2019, 7, 12},
      {42, 2019, 9, 9, 2019, 9, 27},
      {43, 2020, 2, 24, 2020, 3, 20},
      {44, 2020, 6, 30, 2020, 7, 17},
      {45, 2020, 9, 14, 2020, 10, 7},
      {46, 2021, 2, 22, 2021, 3, 24},
      {47, 2021, 6, 21, 2021, 7, 14},
      {48, 2021, 9, 13, 2021, 10, 11},
      {49, 2022, 2, 28, 2022, 4, 1}
    };
    for (int[] s : hrc) {
      sessions.add(
          new Session(
              HUMAN_RIGHTS_COUNCIL,
              s[0],
              LocalDate.of(s[1], s[2], s[3]),
              LocalDate.of(s[4], s[5], s[6])));
    }
    int[][] ga = {{72, 12}, {73, 18}, {74, 17}, {75, 15}, {76, 14}};
    for (int[] s : ga) {
      int year = 1945 + s[0];
      LocalDate start = LocalDate.of(year, 9, s[1]);
      sessions.add(new Session(GENERAL_ASSEMBLY, s[0], start, start.plusYears(1).minusDays(1)));
    }
    for (int year = 2018; year <= 2022; year++) {
      sessions.add(
          new Session(
              ECONOMIC_AND_SOCIAL_COUNCIL,
              year,
              LocalDate.of(year - 1, 7, 26),
              LocalDate.of(year, 7, 24)));
      sessions.add(
          new Session(
              SECURITY_COUNCIL, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
    return List.copyOf(sessions);
  }
}
