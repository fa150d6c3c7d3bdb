package cc.enet.mailbox.core.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.Map;
import java.util.zip.CRC32C;

/**
 * The layout of a {@link WorkspaceCache} file: a header (magic, the model's fingerprint, the workspace folder), then
 * entries appended one after another, each the SHA-256 of the XMI file's bytes, the length and CRC32C of its
 * binary content, and the content.
 */
final class CacheFile {

	private static final byte[] MAGIC = "MCWSCACHE1\n".getBytes(StandardCharsets.US_ASCII);
	private static final int KEY_BYTES = 32;
	private static final int ENTRY_HEAD = KEY_BYTES + 4 + 4;

	/** Where an entry's content lies in the file as read, and its CRC32C. */
	record Entry(int offset, int length, int crc) {
	}

	private CacheFile() {
	}

	/** The magic, the model's fingerprint and the workspace folder: an entry from another model is never read. */
	static byte[] header(Path folder) {
		byte[] path = folder.toAbsolutePath().normalize().toString().getBytes(StandardCharsets.UTF_8);
		ByteBuffer buffer = ByteBuffer.allocate(MAGIC.length + KEY_BYTES + 4 + path.length).order(ByteOrder.BIG_ENDIAN);
		buffer.put(MAGIC).put(ModelFingerprint.get()).putInt(path.length).put(path);
		return buffer.array();
	}

	static ByteBuffer encode(byte[] head, Map<String, byte[]> payloads) {
		int size = head.length;
		for (byte[] payload : payloads.values()) {
			size += ENTRY_HEAD + payload.length;
		}
		ByteBuffer out = ByteBuffer.allocateDirect(size).order(ByteOrder.BIG_ENDIAN);
		out.put(head);
		CRC32C crc = new CRC32C();
		for (Map.Entry<String, byte[]> e : payloads.entrySet()) {
			crc.reset();
			crc.update(e.getValue());
			out.put(HexFormat.of().parseHex(e.getKey())).putInt(e.getValue().length).putInt((int) crc.getValue())
					.put(e.getValue());
		}
		return out.flip();
	}

	/** The entries of a cache file; null when its header is not this model's and this folder's. */
	static Map<String, Entry> index(byte[] content, Path folder) {
		byte[] head = header(folder);
		if (content.length < head.length || !Arrays.equals(content, 0, head.length, head, 0, head.length)) {
			return null;
		}
		Map<String, Entry> entries = new HashMap<>();
		ByteBuffer in = ByteBuffer.wrap(content).order(ByteOrder.BIG_ENDIAN);
		in.position(head.length);
		HexFormat hex = HexFormat.of();
		while (in.remaining() >= ENTRY_HEAD) {
			byte[] key = new byte[KEY_BYTES];
			in.get(key);
			int length = in.getInt();
			int crc = in.getInt();
			if (length < 0 || length > in.remaining()) {
				break; // torn at the end (a crash while appending): what came before stands
			}
			entries.put(hex.formatHex(key), new Entry(in.position(), length, crc));
			in.position(in.position() + length);
		}
		return entries;
	}

	/** The workspace folder a cache file was made for, from its header; null when it is no cache file. */
	static Path ownerOf(Path cacheFile) throws IOException {
		byte[] start = new byte[MAGIC.length + KEY_BYTES + 4 + 4096];
		int read;
		try (var in = Files.newInputStream(cacheFile)) {
			read = in.readNBytes(start, 0, start.length);
		}
		ByteBuffer buffer = ByteBuffer.wrap(start, 0, read).order(ByteOrder.BIG_ENDIAN);
		if (read < MAGIC.length + KEY_BYTES + 4 || !Arrays.equals(start, 0, MAGIC.length, MAGIC, 0, MAGIC.length)) {
			return null;
		}
		buffer.position(MAGIC.length + KEY_BYTES);
		int length = buffer.getInt();
		if (length <= 0 || length > buffer.remaining()) {
			return null;
		}
		return Path.of(new String(start, buffer.position(), length, StandardCharsets.UTF_8));
	}
}
