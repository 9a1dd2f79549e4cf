package se.samskapa.importer.parsing;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * A line-by-line port of {@code shared/tools/score_import.py}: people and organisations,
 * sections (numbering removed), action items (owners and due dates; the "what" is not
 * compared), note-taker and date (month and day), each as true positives, expected and
 * actual counts, and F1 as the script computes it.
 */
final class ImportScore {

	private static final Pattern SPACES = Pattern.compile("(?U)\\s+");

	private static final Pattern NUMBERING = Pattern.compile("^(§\\s*\\d+[.:]?|\\d+(\\.\\d+)*[.)]?)\\s*");

	private static final Pattern DATE = Pattern.compile("(?:(\\d{4})-|--)(\\d{2})-(\\d{2})");

	private static final Pattern OWNER_SPLIT = Pattern.compile(",| och | and |/|&");

	/**
	 * Counts for one field.
	 *
	 * @param tp matches
	 * @param expected how many the expected file has
	 * @param actual how many the extraction has
	 */
	record Counts(int tp, int expected, int actual) {

		double f1() {
			if (this.expected == 0 && this.actual == 0) {
				return 1.0;
			}
			double p = (this.actual != 0) ? (double) this.tp / this.actual : 0.0;
			double r = (this.expected != 0) ? (double) this.tp / this.expected : 0.0;
			return (p + r == 0) ? 0.0 : 2 * p * r / (p + r);
		}

		Counts plus(Counts other) {
			return new Counts(this.tp + other.tp, this.expected + other.expected, this.actual + other.actual);
		}

	}

	private ImportScore() {
	}

	static String norm(String s) {
		if (s == null) {
			return null;
		}
		String n = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00a0', ' ');
		return SPACES.matcher(n).replaceAll(" ").strip().toLowerCase(Locale.ROOT);
	}

	static String normHeading(String s) {
		String n = Objects.requireNonNullElse(norm(s), "");
		n = NUMBERING.matcher(n).replaceFirst("");
		return strip(n, " :.*#");
	}

	/** (month, day) where the value has a date, else the normalised text. */
	static Object md(String d) {
		if (d == null) {
			return null;
		}
		String s = norm(d);
		Matcher m = DATE.matcher(s);
		if (m.find()) {
			return List.of(Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
		}
		return s;
	}

	static Set<String> owners(String o) {
		Set<String> out = new HashSet<>();
		if (o == null) {
			return out;
		}
		for (String part : OWNER_SPLIT.split(norm(o), -1)) {
			if (!part.strip().isEmpty()) {
				out.add(part.strip());
			}
		}
		return out;
	}

	static boolean ownerMatch(String expected, String actual) {
		Set<String> e = owners(expected);
		Set<String> a = owners(actual);
		if (e.isEmpty() && a.isEmpty()) {
			return true;
		}
		if (e.isEmpty() || a.isEmpty()) {
			return false;
		}
		return e.stream().allMatch((x) -> one(x, a)) && a.stream().allMatch((y) -> one(y, e));
	}

	private static boolean one(String x, Set<String> ys) {
		return ys.stream().anyMatch((y) -> x.equals(y) || x.startsWith(y + " ") || y.startsWith(x + " "));
	}

	/** (status, name, organisation) for everyone with a name. */
	static List<List<String>> people(JsonNode doc) {
		List<List<String>> out = new ArrayList<>();
		for (String status : List.of("present", "absent")) {
			JsonNode list = doc.get(status);
			if (list == null || !list.isArray()) {
				continue;
			}
			for (JsonNode p : list.values()) {
				String name = p.isString() ? p.asString() : text(p.get("name"));
				String organisation = p.isString() ? null : text(p.get("organisation"));
				if (name != null && !name.isEmpty()) {
					out.add(java.util.Arrays.asList(status, norm(name), norm(organisation)));
				}
			}
		}
		return out;
	}

	static Map<String, Counts> score(JsonNode exp, JsonNode act) {
		Map<String, Counts> r = new LinkedHashMap<>();
		List<List<String>> ep = people(exp);
		List<List<String>> ap = people(act);
		Set<List<String>> aset = new HashSet<>();
		Map<List<String>, String> aorg = new LinkedHashMap<>();
		for (List<String> p : ap) {
			aset.add(p.subList(0, 2));
			aorg.put(p.subList(0, 2), p.get(2));
		}
		r.put("people", new Counts((int) ep.stream().filter((p) -> aset.contains(p.subList(0, 2))).count(), ep.size(),
				ap.size()));
		List<List<String>> orgsExp = ep.stream().filter((p) -> p.get(2) != null).toList();
		r.put("orgs",
				new Counts((int) orgsExp.stream().filter((p) -> p.get(2).equals(aorg.get(p.subList(0, 2)))).count(),
						orgsExp.size(), (int) ap.stream().filter((p) -> p.get(2) != null).count()));
		List<String> es = strings(exp.get("sections")).stream().map(ImportScore::normHeading).toList();
		List<String> pool = new ArrayList<>(
				strings(act.get("sections")).stream().map(ImportScore::normHeading).toList());
		int actualSections = pool.size();
		int tp = 0;
		for (String x : es) {
			if (pool.remove(x)) {
				tp++;
			}
		}
		r.put("sections", new Counts(tp, es.size(), actualSections));
		List<JsonNode> ea = nodes(exp.get("action_items"));
		List<JsonNode> aa = nodes(act.get("action_items"));
		Set<Integer> used = new HashSet<>();
		tp = 0;
		for (JsonNode e : ea) {
			for (int i = 0; i < aa.size(); i++) {
				JsonNode a = aa.get(i);
				if (used.contains(i) || !a.isObject()) {
					continue;
				}
				if (ownerMatch(text(e.get("owner")), text(a.get("owner")))
						&& Objects.equals(md(text(e.get("due"))), md(text(a.get("due"))))) {
					used.add(i);
					tp++;
					break;
				}
			}
		}
		r.put("actions", new Counts(tp, ea.size(), aa.size()));
		r.put("note_taker", new Counts(
				Objects.equals(norm(text(exp.get("note_taker"))), norm(text(act.get("note_taker")))) ? 1 : 0, 1, 1));
		r.put("date", new Counts(Objects.equals(md(text(exp.get("date"))), md(text(act.get("date")))) ? 1 : 0, 1, 1));
		return r;
	}

	private static String text(JsonNode node) {
		return (node == null || node.isNull() || node.isMissingNode()) ? null : node.asString();
	}

	private static List<String> strings(JsonNode node) {
		return nodes(node).stream().map(ImportScore::text).toList();
	}

	private static List<JsonNode> nodes(JsonNode node) {
		return (node == null || !node.isArray()) ? Collections.emptyList() : new ArrayList<>(node.values());
	}

	private static String strip(String s, String chars) {
		int start = 0;
		int end = s.length();
		while (start < end && chars.indexOf(s.charAt(start)) >= 0) {
			start++;
		}
		while (end > start && chars.indexOf(s.charAt(end - 1)) >= 0) {
			end--;
		}
		return s.substring(start, end);
	}

}
