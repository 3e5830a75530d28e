package org.dossier.web.pages;

import com.ibm.icu.text.MessageFormat;
import com.ibm.icu.util.ULocale;
import org.dossier.catalogue.Notification;
import org.dossier.catalogue.NotificationEvent;
import org.dossier.model.Language;

/**
 * A mission's notification in the reader's language: its event worded by the {@code
 * notification.KIND} message, the document's key as {@code {0}} and the symbol given or the reason
 * as {@code {1}}. A notification stored before events were kept has only its English words, and is
 * told in English (marked so).
 */
public final class NotificationWords {
  private NotificationWords() {}

  /** What {@code notification} tells, in {@code language} — or in English for an old one. */
  public static Views.Text of(Notification notification, Language language) {
    NotificationEvent event = notification.event();
    if (event == null) {
      return new Views.Text(Language.EN, notification.message());
    }
    String pattern = Messages.of(language).get("notification." + event.kind().name());
    String detail = event.symbol() != null ? event.symbol() : event.reason();
    return new Views.Text(
        language,
        new MessageFormat(pattern, ULocale.forLocale(Messages.locale(language)))
            .format(new Object[] {event.key(), detail}));
  }
}
