package scot.qiassist.pages;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * What the page templates may not do, read from their sources: write a value unescaped, put script
 * or style inline (the Content-Security-Policy would block it), or post a form without the
 * session's form token.
 */
class TemplateSourcesTest {

  private static final Path TEMPLATES = Path.of("src/main/jte");

  /** The layout inlines the constant stylesheets of a page read offline, and nothing else. */
  private static final Pattern UNSAFE = Pattern.compile("\\$unsafe\\{([^}]*)}");

  private static final Pattern POSTED_FORM =
      Pattern.compile("<form method=\"post\"(.*?)</form>", Pattern.DOTALL);

  @Test
  void no_template_writes_a_value_unescaped_but_the_layout_its_constant_stylesheets()
      throws IOException {
    for (Path template : templates()) {
      Matcher unsafe = UNSAFE.matcher(Files.readString(template));
      while (unsafe.find()) {
        assertThat(unsafe.group(1))
            .as(TEMPLATES.relativize(template).toString())
            .isIn("Layout.inlineGovukStylesheet()", "Layout.inlineOwnStylesheet()");
      }
      assertThat(Files.readString(template)).as(template.toString()).doesNotContain("@raw");
    }
  }

  @Test
  void no_template_has_inline_script_style_attributes_or_event_handlers() throws IOException {
    for (Path template : templates()) {
      String source = Files.readString(template);
      assertThat(source)
          .as(TEMPLATES.relativize(template).toString())
          .doesNotContainPattern("\\sstyle=")
          .doesNotContainPattern("\\son[a-z]+=")
          .doesNotContainPattern("<script(?![^>]*\\ssrc=)")
          .doesNotContain("javascript:");
    }
  }

  @Test
  void every_posted_form_carries_the_form_token_but_sign_in_which_comes_before_a_session()
      throws IOException {
    int forms = 0;
    for (Path template : templates()) {
      if (template.endsWith("sign-in.jte")) {
        continue;
      }
      Matcher form = POSTED_FORM.matcher(Files.readString(template));
      while (form.find()) {
        forms++;
        assertThat(form.group(1))
            .as(
                TEMPLATES.relativize(template)
                    + ": "
                    + form.group(1).lines().findFirst().orElse(""))
            .contains("@template.layout.form-token(");
      }
    }
    assertThat(forms).isGreaterThanOrEqualTo(5);
  }

  private static List<Path> templates() throws IOException {
    try (Stream<Path> files = Files.walk(TEMPLATES)) {
      return files.filter(f -> f.toString().endsWith(".jte")).toList();
    }
  }
}
