package org.dossier.corpus;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.dossier.model.Body;
import org.dossier.model.Session;

/**
 * The sessions the generator writes for. Human Rights Council sessions 40–46 carry their real dates
 * (un-conventions §3.2); the others are invented on the Council's February, June and September
 * rhythm, the General Assembly's September-to-September year and the Economic and Social Council's
 * July-to-July year. Security Council documents belong to a calendar year, modelled as an annual
 * session so that every document has one.
 */
final class SessionCalendar {
  /** The bodies the generator writes for. */
  static final List<Body> BODIES =
      List.of(
          Body.HUMAN_RIGHTS_COUNCIL,
          Body.GENERAL_ASSEMBLY,
          Body.SECURITY_COUNCIL,
          Body.ECONOMIC_AND_SOCIAL_COUNCIL);

  private static final int[][] HUMAN_RIGHTS_COUNCIL = {
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

  /** General Assembly session number and the September day it opened. */
  private static final int[][] GENERAL_ASSEMBLY = {
    {72, 12}, {73, 18}, {74, 17}, {75, 15}, {76, 14}
  };

  private static final int FIRST_YEAR = 2018;
  private static final int LAST_YEAR = 2022;

  private SessionCalendar() {}

  /** Every session, grouped by body in {@link #BODIES} order, chronological within a body. */
  static List<Session> all() {
    List<Session> sessions = new ArrayList<>();
    for (int[] s : HUMAN_RIGHTS_COUNCIL) {
      sessions.add(
          Session.regular(
              Body.HUMAN_RIGHTS_COUNCIL,
              s[0],
              LocalDate.of(s[1], s[2], s[3]),
              LocalDate.of(s[4], s[5], s[6])));
    }
    for (int[] s : GENERAL_ASSEMBLY) {
      LocalDate start = LocalDate.of(1945 + s[0], 9, s[1]);
      sessions.add(
          Session.regular(Body.GENERAL_ASSEMBLY, s[0], start, start.plusYears(1).minusDays(3)));
    }
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      sessions.add(
          Session.annual(
              Body.SECURITY_COUNCIL, year, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)));
    }
    for (int year = FIRST_YEAR; year <= LAST_YEAR; year++) {
      sessions.add(
          Session.annual(
              Body.ECONOMIC_AND_SOCIAL_COUNCIL,
              year,
              LocalDate.of(year - 1, 7, 26),
              LocalDate.of(year, 7, 23)));
    }
    return List.copyOf(sessions);
  }
}
