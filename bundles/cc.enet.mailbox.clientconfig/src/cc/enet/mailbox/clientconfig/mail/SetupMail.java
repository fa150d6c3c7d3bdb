package cc.enet.mailbox.clientconfig.mail;

import java.io.UnsupportedEncodingException;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import jakarta.activation.CommandMap;
import jakarta.activation.DataHandler;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.InternetAddress;
import jakarta.mail.internet.MimeBodyPart;
import jakarta.mail.internet.MimeMessage;
import jakarta.mail.internet.MimeMultipart;
import jakarta.mail.internet.MimeUtility;
import jakarta.mail.util.ByteArrayDataSource;

import cc.enet.mailbox.clientconfig.ClientSetup;
import cc.enet.mailbox.clientconfig.MailClient;
import cc.enet.mailbox.clientconfig.internal.ClientConfigText;

/**
 * The setup mail: a body addressed to the customer's contact with the guide's warnings ({@link SetupMailBody}) and
 * the setup sheet as a PDF attachment. Japanese goes out as ISO-2022-JP (subject
 * RFC 2047-encoded, body {@code charset=ISO-2022-JP}, 7 bit), the guide's default encoding, which every Japanese
 * mail client reads; English as UTF-8. Never carries a password.
 */
public final class SetupMail {

	public static final String ISO_2022_JP = "ISO-2022-JP";

	private SetupMail() {
	}

	public static MimeMessage compose(Session session, ClientSetup setup, Locale locale, String from, String to,
			byte[] sheetPdf) throws MessagingException, SetupMailException {
		return compose(session, setup, locale, MailClient.ANY, from, to, sheetPdf);
	}

	/** The mail whose body names {@code client}'s steps, as the attached sheet made for that client does. */
	public static MimeMessage compose(Session session, ClientSetup setup, Locale locale, MailClient client, String from,
			String to, byte[] sheetPdf) throws MessagingException, SetupMailException {
		boolean japanese = locale.getLanguage().equals("ja");
		String charset = japanese ? ISO_2022_JP : StandardCharsets.UTF_8.name();
		String subject = ClientConfigText.get(locale, "mail.subject", setup.address());
		String body = new SetupMailBody(setup, locale, client).text();
		if (japanese) {
			requireEncodable(subject, locale);
			requireEncodable(body, locale);
		}
		MimeMessage message = new MimeMessage(session);
		message.setFrom(new InternetAddress(from));
		message.setRecipient(Message.RecipientType.TO, new InternetAddress(to));
		if (japanese) {
			// B-encoded, as Japanese mail clients write ISO-2022-JP subjects (Jakarta would pick Q here)
			message.setHeader("Subject", MimeUtility.fold(9, encodedWord(subject)));
		} else {
			message.setSubject(subject, charset);
		}

		CommandMap handlers = new AngusContentHandlers();
		MimeBodyPart text = new MimeBodyPart();
		text.setDataHandler(handler(body, "text/plain; charset=" + charset, handlers));
		if (japanese) {
			// ISO-2022-JP is 7 bit by design; Jakarta would see ESC as binary and quote it, which old clients show raw
			text.setHeader("Content-Transfer-Encoding", "7bit");
		}
		MimeBodyPart attachment = new MimeBodyPart();
		attachment.setDataHandler(new DataHandler(new ByteArrayDataSource(sheetPdf, "application/pdf")));
		attachment.setFileName(fileName(setup));
		attachment.setDisposition(MimeBodyPart.ATTACHMENT);
		MimeMultipart multipart = new MimeMultipart();
		multipart.addBodyPart(text);
		multipart.addBodyPart(attachment);
		message.setDataHandler(handler(multipart, multipart.getContentType(), handlers));
		message.saveChanges();
		return message;
	}

	private static DataHandler handler(Object content, String type, CommandMap handlers) {
		DataHandler handler = new DataHandler(content, type);
		handler.setCommandMap(handlers);
		return handler;
	}

	private static String encodedWord(String text) {
		try {
			return MimeUtility.encodeText(text, ISO_2022_JP, "B");
		} catch (UnsupportedEncodingException e) {
			throw new IllegalStateException("every Java runtime has ISO-2022-JP", e);
		}
	}

	/** ASCII, so no client shows a garbled attachment name. */
	static String fileName(ClientSetup setup) {
		return "mail-setup-" + setup.address().replaceAll("[^A-Za-z0-9._-]", "_") + ".pdf";
	}

	/**
	 * Java's ISO-2022-JP encoder turns what it cannot encode (髙, ①, ～ U+FF5E ...) into "？" without a word: check with
	 * a strict encoder first, so a mail is never sent with a silently changed name.
	 */
	private static void requireEncodable(String text, Locale locale) throws SetupMailException {
		CharsetEncoder encoder = Charset.forName(ISO_2022_JP).newEncoder();
		int i = 0;
		while (i < text.length()) {
			int codePoint = text.codePointAt(i);
			String character = new String(Character.toChars(codePoint));
			if (!encoder.canEncode(CharBuffer.wrap(character)) || isHalfWidthKana(codePoint)) {
				throw new SetupMailException(ClientConfigText.get(locale, "mail.unencodable", character,
						String.format("U+%04X", codePoint)));
			}
			i += Character.charCount(codePoint);
		}
	}

	/** RFC 1468 has no half-width katakana, though Java writes them with ESC ( I. */
	private static boolean isHalfWidthKana(int codePoint) {
		return codePoint >= 0xFF61 && codePoint <= 0xFF9F;
	}
}
