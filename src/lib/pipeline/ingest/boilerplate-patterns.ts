/**
 * Patterns for web boilerplate that text exports of blog pages carry around the article, French and
 * English, by family. Each is matched against a whole paragraph (after normalisation: ’ apostrophes, plain
 * spaces), so a sentence that merely contains the words is never taken for furniture.
 */

/** Headings that open a comment section: whatever follows them (reader comments included) is not the article. */
export const COMMENT_MARKERS: readonly RegExp[] = [
  /^(?:laisser|laissez|écrire|ajouter|poster|publier|rédiger) un commentaire\b.{0,40}$/iu,
  /^leave a (?:reply|comment)\b.{0,40}$/iu,
  /^(?:\d+|une?|deux|trois|quatre|cinq|six|sept|huit|neuf|dix) (?:réflexions?|commentaires?|réponses?|réactions?|responses?|comments?|thoughts?|replies|reply)(?:\s(?:sur|à|au sujet de|on|to|about|for)\s[“«"„‘’].{0,200})?$/iu,
  /^(?:no|aucun|aucune|pas de|0) (?:comments?|commentaires?|réponses?|réactions?|responses?)\s*[.!]?$/iu,
  /^(?:commentaires?|comments?|réponses?|responses?|réactions?)\s*(?:\(\d+\))?\s*:?$/iu,
  /^(?:trackbacks?|pingbacks?)(?:\s*(?:\/|&|,|et|and)\s*(?:trackbacks?|pingbacks?))?\s*:?$/iu,
  /^(?:réagissez|commentez|donnez votre avis)\b.{0,60}$/iu
];

/** Headings that open a list of links (related posts, share buttons): what follows them is short lines. */
export const LINK_LIST_MARKERS: readonly RegExp[] = [
  /^(?:billets?|articles?|posts?|publications?|contenus?|lectures?) (?:similaires|liés|connexes|recommandés|associés|en relation|récents|populaires)\b.{0,30}$/iu,
  /^(?:related|similar|recent|popular|more) (?:posts?|articles?|stories|reading)\b.{0,30}$/iu,
  /^(?:sur|dans) (?:le|la) même (?:thème|sujet|thématique|rubrique)\b.{0,30}$/iu,
  /^(?:à|a) lire (?:aussi|également|ensuite)\b.{0,30}$/iu,
  /^(?:lire|voir) (?:aussi|également)\s*:?$/iu,
  /^vous (?:aimerez|aimerez peut-être|pourriez aimer) (?:aussi|également)\b.{0,30}$/iu,
  /^you (?:may|might) also (?:like|enjoy)\b.{0,30}$/iu,
  /^(?:partager|partagez|partage|share)(?: (?:ceci|cet article|ce billet|this(?: article| post)?|sur|on))?\s*:?$/iu
];

/** Single lines of page furniture: form prompts, login and share widgets, image alt texts, navigation. */
export const WIDGET_LINES: readonly RegExp[] = [
  /^(?:votre|ton) adresse (?:e-?mail|de messagerie|email|courriel) ne sera pas (?:publiée|affichée)\b.*$/iu,
  /^your email address will not be published\b.*$/iu,
  /^(?:les )?champs obligatoires sont (?:indiqués|marqués)\b.*$/iu,
  /^required fields are marked\b.*$/iu,
  /^(?:entrez|saisissez|renseignez) vos coordonnées\b.*$/iu,
  /^fill in your details\b.*$/iu,
  /^vous commentez à l’aide de votre compte\b.*$/iu,
  /^you are commenting using your\b.*$/iu,
  /^(?:connexion|connecting) (?:à|to) %s$/iu,
  /^(?:logo|image|photo|icône|icon|avatar) (?:de )?(?:wordpress(?:\.com)?|twitter|x|facebook|google\+?|linkedin|gravatar|instagram|youtube|pinterest)$/iu,
  /^(?:retour (?:en )?haut(?: de (?:la )?page)?|haut de (?:la )?page|(?:back|return) to top)\s*[↑^]?$/iu,
  /^(?:banni[eè]re|image|photo|illustration|visuel)(?: (?:de fond|à la une|d’illustration|mise en avant|d’en-tête))?(?: (?:de l’|d’|de |du )?(?:article|billet|post))?$/iu,
  /^(?:pingback|trackback)\s*:.*$/iu,
  /^j’aime(?: ceci| chargement…?)?\s*:?$/iu,
  /^(?:like this|tweet|tweeter|imprimer|print|chargement…?|loading(?:\.{3}|…)?)\s*:?$/iu,
  /^(?:cliquez pour|click to) (?:partager|imprimer|envoyer|share|print|email)\b.{0,80}$/iu,
  /^(?:tags?|étiquettes?|mots-clés|catégories?|categories|classé dans|filed under)\s*:.{0,200}$/iu,
  /^(?:abonnez-vous|inscrivez-vous|subscribe)\b.{0,80}$/iu,
  /^(?:article|billet|post) (?:précédent|suivant)\s*:?.{0,120}$/iu,
  /^(?:previous|next) (?:post|article|entry)\s*:?.{0,120}$/iu
];

/** A URL slug ("industrie-energie-esn-lille-…"): lower-case words joined by hyphens, no spaces. */
const URL_SLUG = /^[a-z0-9]+(?:[-_][a-z0-9]+){3,}(?:\.html?|\/)?$/u;
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/iu;

export function isCommentMarker(paragraph: string): boolean {
  return COMMENT_MARKERS.some((pattern) => pattern.test(paragraph));
}

export function isSectionMarker(paragraph: string): boolean {
  return isCommentMarker(paragraph) || LINK_LIST_MARKERS.some((pattern) => pattern.test(paragraph));
}

export function isWidgetLine(paragraph: string): boolean {
  return WIDGET_LINES.some((pattern) => pattern.test(paragraph));
}

export function isUrlSlug(paragraph: string): boolean {
  return URL_SLUG.test(paragraph);
}

export function isBareUrl(paragraph: string): boolean {
  return BARE_URL.test(paragraph);
}

/** Any line that is furniture wherever it stands. */
export function isBoilerplateLine(paragraph: string): boolean {
  return isSectionMarker(paragraph) || isWidgetLine(paragraph);
}
