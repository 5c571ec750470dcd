package scot.qiassist.versions;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import scot.qiassist.evaluation.Evaluator;
import scot.qiassist.evidence.EvidenceReader;
import scot.qiassist.examples.Outcome;
import scot.qiassist.reload.CandidateRun;
import scot.qiassist.reload.RulesInService;
import scot.qiassist.rules.RuleSet;
import scot.qiassist.rules.RuleSetException;
import scot.qiassist.rules.RuleSetLoader;
import scot.qiassist.storage.RulesetVersions;

/**
 * Stored versions built again in this process, and the outcomes of evidence under them, kept for
 * the next candidate on the same parent or the next replay. Only versions that were in service or
 * whose check let them be are built here (the caller says which); the rule allowlist screens them
 * again as they are built.
 */
final class CompiledVersions {

  /** How many built versions are kept besides the one in service. */
  static final int KEPT_VERSIONS = 3;

  /** How many outcomes are kept: enough for a few parents over the examples and 500 evaluations. */
  static final int KEPT_OUTCOMES = 5_000;

  private final RulesInService inService;
  private final RulesetVersions versions;
  private final Map<String, RuleSet> built = lru(KEPT_VERSIONS);
  private final Map<String, Outcome> outcomes = lru(KEPT_OUTCOMES);
  private final Map<String, Object> building = new ConcurrentHashMap<>();

  CompiledVersions(RulesInService inService, RulesetVersions versions) {
    this.inService = inService;
    this.versions = versions;
  }

  /** The version built, or empty when its files are not stored. */
  Optional<RuleSet> of(String version) throws RuleSetException {
    RuleSet current = inService.current();
    if (current.version().equals(version)) {
      return Optional.of(current);
    }
    synchronized (building.computeIfAbsent(version, v -> new Object())) {
      synchronized (built) {
        RuleSet kept = built.get(version);
        if (kept != null) {
          return Optional.of(kept);
        }
      }
      Map<String, String> files = versions.files(version);
      if (files.isEmpty()) {
        return Optional.empty();
      }
      RuleSet rules = new RuleSetLoader().load(current.directory(), files);
      synchronized (built) {
        built.put(version, rules);
      }
      return Optional.of(rules);
    }
  }

  /**
   * The outcome of evidence under a built version, kept by version, the evidence's name and a hash
   * of its text: an example edited while the service runs is evaluated again.
   */
  Outcome outcome(RuleSet rules, String name, String json) throws Exception {
    String key = key(rules.version(), name, json);
    synchronized (outcomes) {
      Outcome kept = outcomes.get(key);
      if (kept != null) {
        return kept;
      }
    }
    Outcome outcome =
        Outcome.of(
            new Evaluator(rules)
                .evaluate(new EvidenceReader(rules.measures(), rules.phrases()).read(json)));
    synchronized (outcomes) {
      outcomes.put(key, outcome);
    }
    return outcome;
  }

  /**
   * Keeps the outcomes a candidate's run gave under its own version, so that when the candidate
   * becomes the parent of the next (it is put in service, or edited again) its outcomes are not
   * found a second time here. Rules give the same outcome of the same evidence every time.
   */
  void remember(
      String version, List<CandidateRun.EvidenceOutcome> found, Map<String, String> sent) {
    // Only outcomes of evidence that was sent, under the name it was sent by: an answer from the
    // worker names nothing else into this cache.
    synchronized (outcomes) {
      found.stream()
          .filter(o -> o.outcome() != null && sent.containsKey(o.name()))
          .forEach(o -> outcomes.put(key(version, o.name(), sent.get(o.name())), o.outcome()));
    }
  }

  private static String key(String version, String name, String json) {
    try {
      byte[] hash =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(json.getBytes(java.nio.charset.StandardCharsets.UTF_8));
      return version + "\u0000" + name + "\u0000" + java.util.HexFormat.of().formatHex(hash);
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException("every Java has SHA-256", e);
    }
  }

  private static <V> Map<String, V> lru(int size) {
    return new LinkedHashMap<>(16, 0.75f, true) {
      @Override
      protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
        return size() > size;
      }
    };
  }
}
