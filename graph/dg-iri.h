/* dg-iri.h - deterministic IRIs for documents, actors, places and events
 *
 * The same entity extracted twice, from the same or another article, gets
 * the same IRI: countries by ISO code, persons and places by a normalized
 * name, documents by a hash of their id, events by a hash of class,
 * participants and date.
 */
#pragma once

#include <glib.h>

G_BEGIN_DECLS

/* "Mehdi Akhundzadeh" -> "mehdi-akhundzadeh" (ASCII-folded, lower case). */
char *dg_iri_slug (const char *name);
/* A hex digest prefix (16 chars) of @text: the first 16 hex digits
 * (lower case) of its SHA-1. */
char *dg_iri_hash (const char *text);
/* The same for @len bytes of @text, written with a NUL to @out. */
void dg_iri_hash_into (const char *text, gsize len, char out[17]);
/* The SHA-1 digest of @len bytes at @data. */
void dg_iri_sha1 (const void *data, gsize len, guint8 digest[20]);

char *dg_iri_document (const char *base, const char *doc_id);
char *dg_iri_country (const char *base, const char *alpha3);
/* "person/usa/richard-holbrooke" with an affiliation (ISO code or org id),
 * "person/richard-holbrooke" without. */
char *dg_iri_person (const char *base, const char *name, const char *affiliation);
char *dg_iri_organization (const char *base, const char *id);
char *dg_iri_place (const char *base, const char *name);
/* @key: what identifies the event: class, sorted participant IRIs, date. */
char *dg_iri_event (const char *base, const char *key);
/* The same for @len bytes of @key. */
char *dg_iri_event_len (const char *base, const char *key, gsize len);
/* Writes "%ld" of @v and a NUL to @buf (24 bytes or more) without printf;
 * returns the number of digits (and sign). */
gsize dg_iri_format_long (char *buf, glong v);
/* A sentence of a document, as a NIF string: "<doc>#char=12,80". */
char *dg_iri_sentence (const char *doc_iri, glong begin, glong end);

G_END_DECLS
