package scot.qiassist.reload;

import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * The candidate worker's protocol on its standard input and output: each request and each answer is
 * one frame, a 4-byte big-endian length followed by that many bytes of JSON.
 */
final class Frames {

  private Frames() {}

  static void write(OutputStream out, byte[] json) throws IOException {
    DataOutputStream data = new DataOutputStream(out);
    data.writeInt(json.length);
    data.write(json);
    data.flush();
  }

  /**
   * The next frame, or null when the stream ends before one begins (the other side closed it).
   *
   * @throws IOException when the stream ends inside a frame, or the frame is larger than {@code
   *     max} bytes
   */
  static byte[] read(InputStream in, int max) throws IOException {
    int first = in.read();
    if (first < 0) {
      return null;
    }
    DataInputStream data = new DataInputStream(in);
    int length = (first << 24) | (data.readUnsignedByte() << 16) | data.readUnsignedShort();
    if (length < 0 || length > max) {
      throw new IOException("a frame of " + length + " bytes, larger than " + max + " bytes");
    }
    byte[] json = new byte[length];
    try {
      data.readFully(json);
    } catch (EOFException e) {
      throw new IOException("the stream ended inside a frame of " + length + " bytes", e);
    }
    return json;
  }
}
