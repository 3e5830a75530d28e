package org.dossier.web.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import org.dossier.catalogue.Notification;
import org.dossier.catalogue.NotificationEvent;
import org.dossier.catalogue.NotificationEvent.Kind;
import org.dossier.model.Language;
import org.junit.jupiter.api.Test;

/** Each kind of notification worded in the six languages; expected sentences written by hand. */
class NotificationWordsTest {
  private static final String KEY = "submission:9";
  private static final String SYMBOL = "A/HRC/43/G/1";

  @Test
  void everyKindIsWordedInFrench() {
    assertThat(words(received(), Language.FR))
        .isEqualTo("Soumission submission:9 reçue ; elle attend son enregistrement.");
    assertThat(words(registered(), Language.FR))
        .isEqualTo("Le document submission:9 a été enregistré sous la cote A/HRC/43/G/1.");
    assertThat(
            words(
                event(Kind.RETURNED, KEY, null, "Il manque le point de l'ordre du jour."),
                Language.FR))
        .isEqualTo(
            "Le document submission:9 a été renvoyé à la mission :"
                + " Il manque le point de l'ordre du jour.");
    assertThat(words(event(Kind.ISSUED, SYMBOL, null, null), Language.FR))
        .isEqualTo("Le document A/HRC/43/G/1 a paru dans toutes ses versions linguistiques.");
    assertThat(words(event(Kind.PUBLISHED, SYMBOL, null, null), Language.FR))
        .isEqualTo("Le document A/HRC/43/G/1 a été publié.");
    assertThat(words(event(Kind.WITHDRAWN, SYMBOL, null, "Doublon."), Language.FR))
        .isEqualTo("Le document A/HRC/43/G/1 a été retiré : Doublon.");
  }

  @Test
  void aRegistrationIsWordedInEachLanguage() {
    assertThat(words(registered(), Language.EN))
        .isEqualTo("submission:9 was registered as A/HRC/43/G/1.");
    assertThat(words(registered(), Language.ES))
        .isEqualTo("El documento submission:9 se registró con la signatura A/HRC/43/G/1.");
    assertThat(words(registered(), Language.RU))
        .isEqualTo("Документ submission:9 зарегистрирован под условным обозначением A/HRC/43/G/1.");
    // The key and symbol, written left to right, isolated so they do not reorder the Arabic.
    assertThat(words(registered(), Language.AR))
        .isEqualTo("سُجلت الوثيقة \u2068submission:9\u2069 تحت الرمز \u2068A/HRC/43/G/1\u2069.");
    assertThat(words(registered(), Language.ZH)).isEqualTo("文件 submission:9 已登记，文号为 A/HRC/43/G/1。");
  }

  @Test
  void aReceiptAndAPublicationAreWordedInEachLanguage() {
    assertThat(words(received(), Language.EN))
        .isEqualTo("Submission submission:9 received; it waits for registration.");
    assertThat(words(received(), Language.ES))
        .isEqualTo("Se recibió la presentación submission:9; está pendiente de registro.");
    assertThat(words(received(), Language.RU))
        .isEqualTo("Представление submission:9 получено и ожидает регистрации.");
    assertThat(words(received(), Language.AR))
        .isEqualTo("وردت الوثيقة المقدمة \u2068submission:9\u2069، وهي في انتظار التسجيل.");
    assertThat(words(received(), Language.ZH)).isEqualTo("已收到提交的文件 submission:9，待登记。");
    Notification published = event(Kind.PUBLISHED, SYMBOL, null, null);
    assertThat(words(published, Language.ES)).isEqualTo("Se publicó el documento A/HRC/43/G/1.");
    assertThat(words(published, Language.RU)).isEqualTo("Документ A/HRC/43/G/1 опубликован.");
    assertThat(words(published, Language.AR)).isEqualTo("نُشرت الوثيقة \u2068A/HRC/43/G/1\u2069.");
    assertThat(words(published, Language.ZH)).isEqualTo("文件 A/HRC/43/G/1 已公布。");
  }

  @Test
  void aReasonIsQuotedAsWrittenEvenWithApostrophesAndBraces() {
    Notification returned = event(Kind.RETURNED, KEY, null, "Item '4' {missing}");

    assertThat(words(returned, Language.ZH)).isEqualTo("文件 submission:9 已退回代表团：Item '4' {missing}");
    assertThat(words(returned, Language.EN))
        .isEqualTo("submission:9 was returned to the mission: Item '4' {missing}");
  }

  @Test
  void aNotificationStoredBeforeEventsIsToldInItsEnglishWordsMarkedEnglish() {
    Notification old =
        new Notification(1, "FRA", 9, Instant.EPOCH, null, "submission:9 was published.");

    Views.Text text = NotificationWords.of(old, Language.RU);

    assertThat(text.text()).isEqualTo("submission:9 was published.");
    assertThat(text.lang()).isEqualTo("en");
  }

  private static Notification received() {
    return event(Kind.RECEIVED, KEY, null, null);
  }

  private static Notification registered() {
    return event(Kind.REGISTERED, KEY, SYMBOL, null);
  }

  private static Notification event(Kind kind, String key, String symbol, String reason) {
    NotificationEvent event = new NotificationEvent(kind, key, symbol, reason);
    return new Notification(1, "FRA", 9, Instant.EPOCH, event, "unused English words");
  }

  private static String words(Notification notification, Language language) {
    Views.Text text = NotificationWords.of(notification, language);
    assertThat(text.lang()).isEqualTo(language.code());
    return text.text();
  }
}
