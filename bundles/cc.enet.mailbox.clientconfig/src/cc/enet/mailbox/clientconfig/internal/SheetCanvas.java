package cc.enet.mailbox.clientconfig.internal;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.function.IntFunction;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDFont;

/**
 * Lays a printed sheet out top to bottom on A4 pages: a title band, headings, wrapped paragraphs, label/value rows,
 * ruled tables and framed boxes. Starts a new page when the next block does not fit, and puts a footer on each.
 */
public final class SheetCanvas implements AutoCloseable {

	/** A colour as PDF wants it: red, green, blue from 0 to 1. */
	public record Rgb(float r, float g, float b) {
		static Rgb of(int hex) {
			return new Rgb(((hex >> 16) & 0xff) / 255f, ((hex >> 8) & 0xff) / 255f, (hex & 0xff) / 255f);
		}
	}

	public static final Rgb INK = Rgb.of(0x1f2328);
	public static final Rgb MUTED = Rgb.of(0x5b6370);
	public static final Rgb BRAND = Rgb.of(0x1d4e89);
	public static final Rgb RULE = Rgb.of(0xc9d1db);
	public static final Rgb HEADER_FILL = Rgb.of(0xe8eef6);
	public static final Rgb WARN = Rgb.of(0xb42318);
	public static final Rgb WARN_FILL = Rgb.of(0xfdf0ef);
	public static final Rgb OK = Rgb.of(0x1a7f37);
	public static final Rgb OK_FILL = Rgb.of(0xeef8f0);

	private static final float MARGIN = 46;
	/** The footer's baseline; content stops {@link #FOOTER_SPACE} above it. */
	private static final float FOOTER_BASELINE = 26;
	private static final float FOOTER_SPACE = 26;
	private static final float LEADING = 1.38f;

	private final PDDocument document;
	private final PDFont font;
	private final IntFunction<String> footer;
	private PDPage page;
	private PDPageContentStream stream;
	private float y;

	public SheetCanvas(PDDocument document, PDFont font, IntFunction<String> footer) throws IOException {
		this.document = document;
		this.font = font;
		this.footer = footer;
		newPage();
	}

	public float width() {
		return PDRectangle.A4.getWidth() - 2 * MARGIN;
	}

	public TextWrapper wrapper(float size) {
		return new TextWrapper(font, size);
	}

	/** The coloured band at the top of the first page. */
	public void titleBand(String title, String subtitle, String right) throws IOException {
		float height = 60;
		float top = PDRectangle.A4.getHeight();
		fillRect(0, top - height, PDRectangle.A4.getWidth(), height, BRAND);
		Rgb white = new Rgb(1, 1, 1);
		text(MARGIN, top - 31, 20, title, white);
		text(MARGIN, top - 48, 10, subtitle, white);
		float size = 9.5f;
		text(PDRectangle.A4.getWidth() - MARGIN - wrapper(size).width(right), top - 48, size, right, white);
		y = top - height - 20;
	}

	public void heading(String title) throws IOException {
		ensure(12 * LEADING + 40);
		y -= 7;
		fillRect(MARGIN, y - 2, 3.5f, 13, BRAND);
		text(MARGIN + 10, y, 12, title, BRAND);
		y -= 6;
		line(MARGIN, y, MARGIN + width(), y, RULE, 0.6f);
		y -= 14;
	}

	public void paragraph(String text, float size, Rgb colour) throws IOException {
		paragraph(text, size, colour, 0);
	}

	public void paragraph(String text, float size, Rgb colour, float indent) throws IOException {
		for (String line : wrapper(size).wrap(text, width() - indent)) {
			ensure(size * LEADING);
			text(MARGIN + indent, y, size, line, colour);
			y -= size * LEADING;
		}
	}

	/** Continues on a new page, unless nothing has been drawn on this one yet. */
	public void pageBreak() throws IOException {
		if (y < PDRectangle.A4.getHeight() - MARGIN) {
			newPage();
		}
	}

	public void gap(float points) {
		y -= points;
	}

	/** Label on the left in grey, value on the right; the value wraps in its column. */
	public void row(String label, String value, float labelWidth, float size) throws IOException {
		List<String> lines = wrapper(size).wrap(value, width() - labelWidth);
		ensure(lines.size() * size * LEADING + 2);
		text(MARGIN, y, size * 0.92f, label, MUTED);
		for (String line : lines) {
			text(MARGIN + labelWidth, y, size, line, INK);
			y -= size * LEADING;
		}
		y -= 1.5f;
	}

	/** Items numbered 1, 2, 3 ...; an item's wrapped lines stay right of its number. */
	public void numbered(List<String> items, float size) throws IOException {
		float indent = 16;
		for (int i = 0; i < items.size(); i++) {
			List<String> lines = wrapper(size).wrap(items.get(i), width() - indent);
			ensure(size * LEADING);
			text(MARGIN, y, size, (i + 1) + ".", BRAND);
			for (String line : lines) {
				ensure(size * LEADING);
				text(MARGIN + indent, y, size, line, INK);
				y -= size * LEADING;
			}
			y -= 2;
		}
	}

	/** A ruled table with a shaded header row; {@code widths} are fractions of the text width. */
	public void table(String[] header, List<String[]> rows, float[] widths, float size) throws IOException {
		float pad = 4;
		List<String[]> all = new ArrayList<>();
		all.add(header);
		all.addAll(rows);
		float[] columnWidths = new float[widths.length];
		for (int i = 0; i < widths.length; i++) {
			columnWidths[i] = widths[i] * width();
		}
		for (int r = 0; r < all.size(); r++) {
			String[] cells = all.get(r);
			List<List<String>> wrapped = new ArrayList<>();
			int lines = 1;
			for (int c = 0; c < cells.length; c++) {
				List<String> cell = wrapper(size).wrap(cells[c], columnWidths[c] - 2 * pad);
				wrapped.add(cell);
				lines = Math.max(lines, cell.size());
			}
			float height = lines * size * LEADING + 2 * pad;
			ensure(height);
			float x = MARGIN;
			if (r == 0) {
				fillRect(MARGIN, y - height, width(), height, HEADER_FILL);
			}
			for (int c = 0; c < cells.length; c++) {
				float ty = y - pad - size;
				for (String line : wrapped.get(c)) {
					text(x + pad, ty, size, line, r == 0 ? BRAND : INK);
					ty -= size * LEADING;
				}
				x += columnWidths[c];
			}
			strokeRect(MARGIN, y - height, width(), height, RULE);
			x = MARGIN;
			for (int c = 0; c < cells.length - 1; c++) {
				x += columnWidths[c];
				line(x, y, x, y - height, RULE, 0.6f);
			}
			y -= height;
		}
		y -= 9;
	}

	/** A framed, tinted box with a title, for what to choose and what never to choose. */
	public void box(String title, List<String> items, Rgb frame, Rgb fill, String bullet, float size) throws IOException {
		float pad = 8;
		float indent = 14;
		TextWrapper wrapper = wrapper(size);
		List<List<String>> wrapped = new ArrayList<>();
		int lines = 0;
		for (String item : items) {
			List<String> l = wrapper.wrap(item, width() - 2 * pad - indent);
			wrapped.add(l);
			lines += l.size();
		}
		float titleSize = size + 1.5f;
		float height = 2 * pad + titleSize * LEADING + lines * size * LEADING + (items.size() - 1) * 2;
		ensure(height + 4);
		fillRect(MARGIN, y - height, width(), height, fill);
		stream.setLineWidth(1.4f);
		stream.setStrokingColor(frame.r(), frame.g(), frame.b());
		stream.addRect(MARGIN, y - height, width(), height);
		stream.stroke();
		float ty = y - pad - titleSize;
		text(MARGIN + pad, ty, titleSize, title, frame);
		ty -= titleSize * LEADING;
		for (List<String> item : wrapped) {
			text(MARGIN + pad, ty, size, bullet, frame);
			for (String line : item) {
				text(MARGIN + pad + indent, ty, size, line, INK);
				ty -= size * LEADING;
			}
			ty -= 2;
		}
		y -= height + 10;
	}

	private void ensure(float height) throws IOException {
		if (y - height < FOOTER_BASELINE + FOOTER_SPACE) {
			newPage();
		}
	}

	private void newPage() throws IOException {
		finishPage();
		page = new PDPage(PDRectangle.A4);
		document.addPage(page);
		stream = new PDPageContentStream(document, page);
		y = PDRectangle.A4.getHeight() - MARGIN;
	}

	private void finishPage() throws IOException {
		if (stream == null) {
			return;
		}
		int number = document.getNumberOfPages();
		line(MARGIN, FOOTER_BASELINE + 12, MARGIN + width(), FOOTER_BASELINE + 12, RULE, 0.6f);
		text(MARGIN, FOOTER_BASELINE, 8, footer.apply(number), MUTED);
		stream.close();
		stream = null;
	}

	private void text(float x, float baseline, float size, String text, Rgb colour) throws IOException {
		if (text.isEmpty()) {
			return;
		}
		stream.beginText();
		stream.setFont(font, size);
		stream.setNonStrokingColor(colour.r(), colour.g(), colour.b());
		stream.newLineAtOffset(x, baseline);
		stream.showText(text);
		stream.endText();
	}

	private void fillRect(float x, float yBottom, float w, float h, Rgb colour) throws IOException {
		stream.setNonStrokingColor(colour.r(), colour.g(), colour.b());
		stream.addRect(x, yBottom, w, h);
		stream.fill();
	}

	private void strokeRect(float x, float yBottom, float w, float h, Rgb colour) throws IOException {
		stream.setLineWidth(0.6f);
		stream.setStrokingColor(colour.r(), colour.g(), colour.b());
		stream.addRect(x, yBottom, w, h);
		stream.stroke();
	}

	private void line(float x1, float y1, float x2, float y2, Rgb colour, float lineWidth) throws IOException {
		stream.setLineWidth(lineWidth);
		stream.setStrokingColor(colour.r(), colour.g(), colour.b());
		stream.moveTo(x1, y1);
		stream.lineTo(x2, y2);
		stream.stroke();
	}

	@Override
	public void close() throws IOException {
		finishPage();
	}
}
