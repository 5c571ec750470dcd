package scot.qiassist.http;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Base64;
import java.util.HexFormat;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Which tokens are strong enough: what `openssl rand` makes passes; what people type is refused,
 * with a reason that never repeats the token.
 */
class TokenStrengthTest {

  /** Made with `openssl rand -hex 32`: 32 random bytes, 256 bits. */
  private static final String OPENSSL_HEX_32 =
      "a4b652d138c45f4a525a2cc2fe1dc5ab24620d57e64f1720426fc4813d8579d1";

  @Test
  void a_token_made_by_openssl_rand_hex_32_passes_with_its_256_bits() {
    assertThat(TokenStrength.weakness(OPENSSL_HEX_32)).isEmpty();
    assertThat(TokenStrength.alphabet(OPENSSL_HEX_32)).isEqualTo(16);
    // 64 hexadecimal digits of 4 bits each, no run of four and no listed word among them
    assertThat(TokenStrength.bits(OPENSSL_HEX_32)).isEqualTo(256.0);
  }

  @Test
  void random_hex_of_32_bytes_and_base64url_of_16_bytes_pass() {
    Random random = new Random(20261202);
    for (int i = 0; i < 2000; i++) {
      byte[] bytes32 = new byte[32];
      byte[] bytes16 = new byte[16];
      random.nextBytes(bytes32);
      random.nextBytes(bytes16);
      String hex = HexFormat.of().formatHex(bytes32);
      String base64url = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes16);

      assertThat(TokenStrength.weakness(hex)).as(hex).isEmpty();
      assertThat(base64url).hasSize(22);
      assertThat(TokenStrength.weakness(base64url)).as(base64url).isEmpty();
    }
  }

  @Test
  void one_character_repeated_is_refused_whatever_its_length() {
    assertThat(TokenStrength.weakness("aaaaaaaaaaaaaaaa"))
        .contains("the token is one character repeated; make one with: openssl rand -hex 32");
    assertThat(TokenStrength.weakness("Z".repeat(200))).isPresent();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "passwordpassword",
        "Password12345678!",
        "P@ssw0rd-2026-12-02",
        "inspector-token-0001",
        "moderator-token-0001",
        "00000000-qiassist-00000000",
        "Changeme!Changeme!",
        "Letmein_1234567890"
      })
  void a_dictionary_word_with_digits_or_symbols_around_it_is_refused(String token) {
    assertThat(TokenStrength.weakness(token))
        .contains(
            "the token is a dictionary word with digits or symbols added; make one with: openssl"
                + " rand -hex 32");
  }

  @Test
  void sixteen_hex_digits_are_64_bits_and_refused() {
    // The example of the README before tokens were checked for strength: 16 digits of 4 bits.
    assertThat(TokenStrength.weakness("7f3a9c0e5b1d4e8a"))
        .contains(
            "the token has about 64 bits of entropy; at least 128 are needed; make one with:"
                + " openssl rand -hex 32");
  }

  @Test
  void runs_repeated_blocks_and_words_count_for_little() {
    // 0 to 3, then a run of one step adding nothing: 4 digits of log2(16) bits; "abcdef" a listed
    // word; the second half repeats the first
    assertThat(TokenStrength.bits("0123456789abcdef0123456789abcdef")).isEqualTo(16 + 11);
    // a block of 8 lowercase letters and digits, repeated four times: only the block counts
    assertThat(TokenStrength.bits("k3x9q2w7".repeat(4)))
        .isEqualTo(8 * Math.log(36) / Math.log(2), org.assertj.core.data.Offset.offset(1e-9));
    // five words from the list, each one guess of 11 bits, and four hyphens of log2(95) bits
    assertThat(TokenStrength.bits("correct-horse-battery-staple-river"))
        .isEqualTo(
            5 * 11 + 4 * Math.log(95) / Math.log(2), org.assertj.core.data.Offset.offset(1e-9));
    assertThat(TokenStrength.weakness("correct-horse-battery-staple-river")).isPresent();
  }
}
