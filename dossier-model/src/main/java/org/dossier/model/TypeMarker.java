package org.dossier.model;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The document-type component of a symbol. Some markers are joined to the document number by a dot
 * ({@code L.78}); the others are components of their own, followed by the session and number
 * ({@code RES/43/1}, {@code G/17}).
 */
public enum TypeMarker {
  /** {@code CRP.n}: conference room paper. */
  CONFERENCE_ROOM_PAPER("CRP", true),
  /** {@code DEC/}: decisions. */
  DECISION("DEC", false),
  /** {@code G/}: government communications (notes verbales and letters), as in A/HRC/43/G/17. */
  GOVERNMENT("G", false),
  /** {@code INF/}: information series. */
  INFORMATION("INF", false),
  /** {@code L.n}: limited distribution, mostly drafts. */
  LIMITED("L", true),
  /** {@code NGO/}: statements by non-governmental organizations. */
  NGO("NGO", false),
  /** {@code PET/}: petitions. */
  PETITION("PET", false),
  /** {@code PRST/}: presidential statements. */
  PRESIDENTIAL_STATEMENT("PRST", false),
  /** {@code PV.n}: verbatim records. */
  VERBATIM_RECORD("PV", true),
  /** {@code R.n}: restricted distribution. */
  RESTRICTED("R", true),
  /** {@code RES/}: resolutions. */
  RESOLUTION("RES", false),
  /** {@code SR.n}: summary records. */
  SUMMARY_RECORD("SR", true),
  /** {@code WP.n}: working papers. */
  WORKING_PAPER("WP", true);

  private static final Map<String, TypeMarker> DOTTED_BY_CODE = byCode(true);
  private static final Map<String, TypeMarker> SLASHED_BY_CODE = byCode(false);

  private final String code;
  private final boolean dotted;

  TypeMarker(String code, boolean dotted) {
    this.code = code;
    this.dotted = dotted;
  }

  /** The marker as printed, without its separator: {@code "L"}, {@code "RES"}. */
  public String code() {
    return code;
  }

  /** Whether the number follows a dot ({@code L.78}) rather than a slash ({@code RES/…/1}). */
  public boolean dotted() {
    return dotted;
  }

  /** The marker with its separator, as the UN lists it: {@code "L."}, {@code "RES/"}. */
  @Override
  public String toString() {
    return code + (dotted ? "." : "/");
  }

  /** The marker for a code in any case, dotted ({@code L.}) or not ({@code RES/}). */
  static Optional<TypeMarker> fromCode(String code, boolean dotted) {
    return Optional.ofNullable(
        (dotted ? DOTTED_BY_CODE : SLASHED_BY_CODE).get(code.toUpperCase(Locale.ROOT)));
  }

  private static Map<String, TypeMarker> byCode(boolean dotted) {
    return Arrays.stream(values())
        .filter(marker -> marker.dotted == dotted)
        .collect(Collectors.toUnmodifiableMap(TypeMarker::code, marker -> marker));
  }
}
