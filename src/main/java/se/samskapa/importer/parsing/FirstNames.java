package se.samskapa.importer.parsing;

import java.util.HashSet;
import java.util.Set;

/**
 * Common first names in Sweden, so that a lone "Jens" or "Mårten" reads as a person even
 * when the directory does not know them (minutes from other organisations). The directory
 * adds its own first names on top (see {@link NameShapes}).
 */
final class FirstNames {

	private static final String NAMES = """
			Adam Adrian Agnes Ahmed Aina Albin Alexander Alexandra Alfred Ali Alice Alicia Alma Alva Alvar Amanda
			Amelia Ammi Anders Andreas André Anette Angelica Anita Ann Anna Anneli Annelie Annika Anne Anton Ari
			Arne Arvid Astrid Axel Barbro Bengt Bent Berit Bertil Birgitta Björn Bo Bosse Britt Britta Camilla
			Carin Carina Carl Caroline Catarina Catrin Cecilia Charlotte Christer Christian Christina Christoffer
			Claes Clara Conny Dag Dan Daniel David Dennis Dragoljub Ebba Edvin Elin Elias Elisabeth Ella Ellen
			Elsa Emelie Emil Emilia Emma Erik Erika Eva Evelina Felix Filip Fredrik Freja Fresia Frida Gabriel
			Gerd Gina Gun Gunilla Gunnar Gustav Gustaf Göran Gösta Hampus Hannes Hanna Hans Harald Hassan Hedvig
			Helen Helena Helene Henrik Henrika Herbert Hugo Håkan Ia Ida Inga Inger Ingrid Isabella Isak Ivan Jacob
			Jakob Jan Jana Jenny Jens Jesper Jessica Jimmy Joakim Johan Johanna Johannes Johnny John Jonas Jonathan
			Josef Josefin Josefine Julia Jörgen Kajsa Karin Karl Kenneth Kerstin Kim Kjell Klara Krister Kristian
			Kristina Kristoffer Lars Lasse Leif Lena Lennart Leo Liam Lina Linda Linnea Linnéa Lisa Lotta Louise
			Lovisa Lucas Ludvig Magnus Maja Malin Malte Margareta Maria Marie Marcus Markus Martin Mats Mattias
			Max Maximilian Mikael Michael Mirko Moa Mohammed Mohammad Mona Monica Märta Mårten Nathalie Niclas
			Nicklas Niklas Nils Nina Noah Nora Ola Olle Oliver Olivia Olof Oscar Oskar Patrik Per Pernilla Peter
			Petter Pia Rasmus Rebecka Rebecca Robban Robert Robin Roger Roland Rolf Rune Rut Sabina Sanna Sara Sarah
			Sebastian Simon Siv Sofia Sofie Sonja Stefan Stellan Sten Stig Susanne Sven Svante Sylvia Tage Therese
			Theo Thomas Tilda Tim Tina Tobias Tomas Tommy Tove Torbjörn Tord Tore Ulf Ulla Ulrika Valter Vera
			Victor Viktor Viktoria Vilma Wilma William Yvonne Zara Åke Åsa Örjan Östen
			""";

	private static final Set<String> KEYS = new HashSet<>();

	static {
		for (String name : Text.words(NAMES)) {
			KEYS.add(Text.key(name));
		}
	}

	private FirstNames() {
	}

	static boolean contains(String name) {
		String key = Text.key(name);
		int hyphen = key.indexOf('-');
		return KEYS.contains(key) || (hyphen > 0 && KEYS.contains(key.substring(0, hyphen)));
	}

}
