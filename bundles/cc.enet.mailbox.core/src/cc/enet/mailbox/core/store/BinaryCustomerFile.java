package cc.enet.mailbox.core.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Arrays;
import java.util.Map;

import org.eclipse.emf.ecore.resource.Resource;
import org.eclipse.emf.ecore.resource.impl.BinaryResourceImpl;

/**
 * A customer file's content in EMF's binary form: what {@link WorkspaceCache} keeps so that an unchanged file is
 * not parsed as XML again. Only content that its XMI file carries exactly is encoded: a string XML cannot hold as
 * is (control characters, a lone surrogate, a carriage return that a parser would turn into a line feed) makes the
 * file uncacheable, so the XML stays the only way it is read.
 */
final class BinaryCustomerFile {

	private static final Map<Object, Object> OPTIONS = Map.of();

	private BinaryCustomerFile() {
	}

	/** The resource's content, or null when its XMI would not read back as exactly this. */
	static byte[] encode(Resource resource) {
		Bytes bytes = new Bytes();
		try {
			FaithfulOutput out = new FaithfulOutput(bytes);
			out.saveResource(resource);
			out.flush();
			return out.faithful ? bytes.toByteArray() : null;
		} catch (IOException | RuntimeException e) {
			return null; // not cacheable; the XMI file stays what is read
		}
	}

	/**
	 * Fills the (empty) resource from what {@link #encode} made. The reader gets a buffer of the content's size:
	 * without one it takes each byte through the stream's synchronized read, about a quarter of an open's decoding.
	 */
	static void decode(byte[] content, Resource resource) throws IOException {
		Map<Object, Object> options = Map.of(BinaryResourceImpl.OPTION_INTERNAL_BUFFER_CAPACITY,
				Integer.valueOf(Math.max(2, content.length)));
		new BinaryResourceImpl.EObjectInputStream(new ByteArrayInputStream(content), options).loadResource(resource);
	}

	/** Whether XML 1.0 carries the string through a save and a parse unchanged, as EMF escapes it. */
	static boolean xmlFaithful(String value) {
		for (int i = 0; i < value.length(); i++) {
			char c = value.charAt(i);
			if (c < 0x20 ? c != '\t' && c != '\n' : c == 0xFFFE || c == 0xFFFF) {
				return false;
			}
			if (Character.isHighSurrogate(c)) {
				if (i + 1 >= value.length() || !Character.isLowSurrogate(value.charAt(i + 1))) {
					return false;
				}
				i++;
			} else if (Character.isLowSurrogate(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * A growing byte array without a lock: EMF's binary writer hands over one byte at a time, and
	 * {@link java.io.ByteArrayOutputStream}'s synchronized write made encoding cost as much as writing the XML.
	 */
	private static final class Bytes extends OutputStream {
		private byte[] buffer = new byte[8 * 1024];
		private int count;

		@Override
		public void write(int b) {
			if (count == buffer.length) {
				buffer = Arrays.copyOf(buffer, buffer.length * 2);
			}
			buffer[count++] = (byte) b;
		}

		@Override
		public void write(byte[] b, int off, int len) {
			if (count + len > buffer.length) {
				buffer = Arrays.copyOf(buffer, Math.max(buffer.length * 2, count + len));
			}
			System.arraycopy(b, off, buffer, count, len);
			count += len;
		}

		byte[] toByteArray() {
			return Arrays.copyOf(buffer, count);
		}
	}

	/** EMF's binary writer, noting any string its XMI twin would not carry exactly. */
	private static final class FaithfulOutput extends BinaryResourceImpl.EObjectOutputStream {
		boolean faithful = true;

		FaithfulOutput(OutputStream out) throws IOException {
			super(out, OPTIONS);
		}

		@Override
		public void writeString(String value) throws IOException {
			if (value != null && !xmlFaithful(value)) {
				faithful = false;
			}
			super.writeString(value);
		}

		@Override
		public void writeSegmentedString(String value) throws IOException {
			if (value != null && !xmlFaithful(value)) {
				faithful = false;
			}
			super.writeSegmentedString(value);
		}
	}
}
