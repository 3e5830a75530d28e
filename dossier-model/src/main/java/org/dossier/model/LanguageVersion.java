package org.dossier.model;

import java.time.LocalDate;

/**
 * One language version of a document: its title as printed in that language, the date it was
 * issued, its job number (one per language version, e.g. {@code GE.20-05678(E)}) and where it
 * stands in the translation workflow.
 *
 * @param language the language of the version
 * @param title the title in that language, or null until known
 * @param issueDate the masthead date, or null until issued
 * @param jobNumber the publication job number, or null until assigned
 * @param status the version's place in the workflow
 */
public record LanguageVersion(
    Language language, String title, LocalDate issueDate, String jobNumber, Status status) {

  /** Where a language version stands, from request to issue. */
  public enum Status {
    /** Requested, not yet started. */
    PENDING,
    /** Being translated or edited. */
    IN_TRANSLATION,
    /** Translated and edited, waiting to be issued. */
    READY,
    /** Issued with its masthead date. */
    ISSUED,
    /** Withdrawn after issue. */
    WITHDRAWN
  }

  public LanguageVersion {
    if (language == null) {
      throw new IllegalArgumentException("LanguageVersion.language is required");
    }
    if (status == null) {
      throw new IllegalArgumentException("LanguageVersion.status is required");
    }
    title = optionalText("title", title);
    jobNumber = optionalText("jobNumber", jobNumber);
    if (status == Status.ISSUED && issueDate == null) {
      throw new IllegalArgumentException(
          "LanguageVersion.issueDate is required once the " + language + " version is ISSUED");
    }
  }

  /** A version that is requested but not yet produced. */
  public static LanguageVersion pending(Language language) {
    return new LanguageVersion(language, null, null, null, Status.PENDING);
  }

  /** A copy in another status; issuing requires the issue date. */
  public LanguageVersion withStatus(Status newStatus, LocalDate newIssueDate) {
    return new LanguageVersion(language, title, newIssueDate, jobNumber, newStatus);
  }

  private static String optionalText(String field, String value) {
    if (value == null) {
      return null;
    }
    if (value.isBlank()) {
      throw new IllegalArgumentException(
          "LanguageVersion."
              + field
              + " must be null (unknown) or non-blank, was \""
              + value
              + "\"");
    }
    return value.strip();
  }
}
