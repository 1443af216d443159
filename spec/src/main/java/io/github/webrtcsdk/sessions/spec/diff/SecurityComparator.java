package io.github.webrtcsdk.sessions.spec.diff;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * Compares how callers authenticate: the security schemes, and which credentials each operation
 * accepts. An operation is tightened when credentials it accepted no longer meet any of its
 * alternatives, and relaxed when new ones do.
 */
record SecurityComparator(OpenAPI base, OpenAPI head, Findings findings) {
  /** Compares the security schemes in components. */
  void compareSchemes() {
    Map<String, SecurityScheme> b = securitySchemes(base);
    Map<String, SecurityScheme> h = securitySchemes(head);
    for (Map.Entry<String, SecurityScheme> entry : b.entrySet()) {
      String location = "#/components/securitySchemes/" + SchemaComparator.escape(entry.getKey());
      SecurityScheme bs = entry.getValue();
      SecurityScheme hs = h.get(entry.getKey());
      if (hs == null) {
        findings.add(Rule.SECURITY_SCHEME_REMOVED, location,
            "security scheme " + entry.getKey() + " removed");
        continue;
      }
      String bw = schemeShape(bs);
      String hw = schemeShape(hs);
      if (!bw.equals(hw)) {
        findings.add(Rule.SECURITY_SCHEME_CHANGED, location,
            "security scheme " + entry.getKey() + " changed: " + bw + " -> " + hw);
      }
      findings.docs(location, "description", bs.getDescription(), hs.getDescription());
    }
    for (String name : h.keySet()) {
      if (!b.containsKey(name)) {
        findings.add(Rule.SECURITY_SCHEME_ADDED,
            "#/components/securitySchemes/" + SchemaComparator.escape(name),
            "security scheme " + name + " added");
      }
    }
  }

  private static Map<String, SecurityScheme> securitySchemes(OpenAPI api) {
    if (api.getComponents() == null || api.getComponents().getSecuritySchemes() == null) {
      return Map.of();
    }
    return new TreeMap<>(api.getComponents().getSecuritySchemes());
  }

  /** What a caller must do to authenticate with a scheme, without its description. */
  private static String schemeShape(SecurityScheme scheme) {
    List<String> parts = new ArrayList<>();
    parts.add(String.valueOf(scheme.getType()));
    if (scheme.getScheme() != null) {
      parts.add("scheme " + scheme.getScheme().toLowerCase(Locale.ROOT));
    }
    if (scheme.getBearerFormat() != null) {
      parts.add("bearerFormat " + scheme.getBearerFormat());
    }
    if (scheme.getIn() != null) {
      parts.add("in " + scheme.getIn());
    }
    if (scheme.getName() != null) {
      parts.add("name " + scheme.getName());
    }
    if (scheme.getOpenIdConnectUrl() != null) {
      parts.add("openIdConnectUrl " + scheme.getOpenIdConnectUrl());
    }
    if (scheme.getFlows() != null) {
      parts.add("flows " + JsonTrees.of(scheme.getFlows()));
    }
    return String.join(", ", parts);
  }

  /**
   * Compares the credentials an operation accepts, its own or the document's. A change the
   * operations inherit from the document reports once, at {@code security}.
   */
  void compareOperation(String label, Operation b, Operation h) {
    boolean inherited = b.getSecurity() == null && h.getSecurity() == null;
    List<Map<String, Set<String>>> bs = alternatives(
        b.getSecurity() != null ? b.getSecurity() : base.getSecurity());
    List<Map<String, Set<String>>> hs = alternatives(
        h.getSecurity() != null ? h.getSecurity() : head.getSecurity());
    String location = inherited ? "security" : label;
    String change = "security " + showSecurity(bs) + " -> " + showSecurity(hs);
    for (Map<String, Set<String>> alternative : bs) {
      if (!satisfies(alternative, hs)) {
        findings.add(Rule.SECURITY_TIGHTENED, location,
            change + ": " + showAlternative(alternative) + " no longer accepted");
      }
    }
    for (Map<String, Set<String>> alternative : hs) {
      if (!satisfies(alternative, bs)) {
        findings.add(Rule.SECURITY_RELAXED, location,
            change + ": " + showAlternative(alternative) + " now accepted");
      }
    }
  }

  /**
   * Security alternatives as scheme name to scopes. No requirement at all means anyone may call,
   * which is one empty alternative.
   */
  private static List<Map<String, Set<String>>> alternatives(List<SecurityRequirement> list) {
    List<Map<String, Set<String>>> result = new ArrayList<>();
    if (list == null || list.isEmpty()) {
      result.add(Map.of());
      return result;
    }
    for (SecurityRequirement requirement : list) {
      Map<String, Set<String>> alternative = new TreeMap<>();
      requirement.forEach((name, scopes) -> alternative.put(name,
          new TreeSet<>(scopes == null ? List.of() : scopes)));
      result.add(alternative);
    }
    return result;
  }

  /** True when credentials meeting {@code offered} meet one of {@code alternatives}. */
  private static boolean satisfies(
      Map<String, Set<String>> offered, List<Map<String, Set<String>>> alternatives) {
    for (Map<String, Set<String>> alternative : alternatives) {
      boolean met = true;
      for (Map.Entry<String, Set<String>> entry : alternative.entrySet()) {
        Set<String> scopes = offered.get(entry.getKey());
        if (scopes == null || !scopes.containsAll(entry.getValue())) {
          met = false;
          break;
        }
      }
      if (met) {
        return true;
      }
    }
    return false;
  }

  private static String showSecurity(List<Map<String, Set<String>>> alternatives) {
    return alternatives.stream().map(SecurityComparator::showAlternative)
        .collect(Collectors.joining(" or "));
  }

  private static String showAlternative(Map<String, Set<String>> alternative) {
    if (alternative.isEmpty()) {
      return "none";
    }
    return alternative.entrySet().stream()
        .map(e -> e.getKey() + (e.getValue().isEmpty() ? "" : e.getValue().toString()))
        .collect(Collectors.joining(" and "));
  }
}
