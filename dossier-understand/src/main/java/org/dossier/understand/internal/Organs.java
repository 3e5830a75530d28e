package org.dossier.understand.internal;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Organ and body names as mastheads print them in the six languages, mapped to their English
 * canonical names; also the "United Nations" line, which names no organ.
 */
public final class Organs {
  /** What a masthead line names: a principal organ, a subsidiary body, or the Organization. */
  public enum Kind {
    ORGANIZATION,
    PRINCIPAL_ORGAN,
    BODY
  }

  /** A recognised name. */
  public record Named(Kind kind, String canonical) {}

  private static final Map<String, Named> NAMES = new HashMap<>();

  static {
    add(
        Kind.ORGANIZATION,
        "United Nations",
        "Nations Unies",
        "Naciones Unidas",
        "Организация Объединенных Наций",
        "الأمم المتحدة",
        "联合国");
    add(
        Kind.PRINCIPAL_ORGAN,
        "General Assembly",
        "Assemblée générale",
        "Asamblea General",
        "Генеральная Ассамблея",
        "الجمعية العامة",
        "大会");
    add(
        Kind.PRINCIPAL_ORGAN,
        "Security Council",
        "Conseil de sécurité",
        "Consejo de Seguridad",
        "Совет Безопасности",
        "مجلس الأمن",
        "安全理事会");
    add(
        Kind.PRINCIPAL_ORGAN,
        "Economic and Social Council",
        "Conseil économique et social",
        "Consejo Económico y Social",
        "Экономический и Социальный Совет",
        "المجلس الاقتصادي والاجتماعي",
        "经济及社会理事会");
    add(
        Kind.BODY,
        "Human Rights Council",
        "Conseil des droits de l'homme",
        "Consejo de Derechos Humanos",
        "Совет по правам человека",
        "مجلس حقوق الإنسان",
        "人权理事会");
  }

  private static void add(Kind kind, String english, String... translations) {
    Named named = new Named(kind, english);
    NAMES.put(key(english), named);
    for (String name : translations) {
      NAMES.put(key(name), named);
    }
  }

  private static String key(String text) {
    return Texts.collapseSpaces(text.replace('’', '\'')).toLowerCase(Locale.ROOT);
  }

  private Organs() {}

  /** The organ or body that is the whole of {@code line}, or null. */
  public static Named match(String line) {
    if (line.length() > 60) {
      return null;
    }
    return NAMES.get(key(line));
  }
}
