/* dg-vocab.h - every IRI dipgraph writes, in one place
 *
 * The dip: terms are the public contract of ../docs (design.md, "Vocabulary
 * contract"); each one is declared in ontology/dipgraph.ttl, and
 * tests/test-ontology.c checks that every DG_DIP_* term below is.
 */
#pragma once

#define DG_NS_DIP     "https://w3id.org/dipgraph/ontology#"
#define DG_NS_ID      "https://w3id.org/dipgraph/id/"   /* default data base */
#define DG_NS_RDF     "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
#define DG_NS_RDFS    "http://www.w3.org/2000/01/rdf-schema#"
#define DG_NS_XSD     "http://www.w3.org/2001/XMLSchema#"
#define DG_NS_OWL     "http://www.w3.org/2002/07/owl#"
#define DG_NS_SKOS    "http://www.w3.org/2004/02/skos/core#"
#define DG_NS_DCTERMS "http://purl.org/dc/terms/"
#define DG_NS_SCHEMA  "http://schema.org/"
#define DG_NS_FOAF    "http://xmlns.com/foaf/0.1/"
#define DG_NS_PROV    "http://www.w3.org/ns/prov#"
#define DG_NS_SEM     "http://semanticweb.cs.vu.nl/2009/11/sem/"
#define DG_NS_NIF     "http://persistence.uni-leipzig.org/nlp2rdf/ontologies/nif-core#"
#define DG_NS_CAMEO   "https://w3id.org/dipgraph/cameo/"

#define DG_RDF_TYPE        DG_NS_RDF "type"
#define DG_RDFS_LABEL      DG_NS_RDFS "label"
#define DG_RDFS_COMMENT    DG_NS_RDFS "comment"
#define DG_SKOS_ALTLABEL   DG_NS_SKOS "altLabel"
#define DG_OWL_SAMEAS      DG_NS_OWL "sameAs"
#define DG_DCTERMS_TITLE   DG_NS_DCTERMS "title"
#define DG_DCTERMS_DATE    DG_NS_DCTERMS "date"
#define DG_DCTERMS_PUBLISHER DG_NS_DCTERMS "publisher"
#define DG_SCHEMA_URL      DG_NS_SCHEMA "url"
#define DG_SCHEMA_DATEPUBLISHED DG_NS_SCHEMA "datePublished"
#define DG_XSD_DATE        DG_NS_XSD "date"
#define DG_XSD_DECIMAL     DG_NS_XSD "decimal"
#define DG_XSD_INTEGER     DG_NS_XSD "integer"
#define DG_XSD_NNINTEGER   DG_NS_XSD "nonNegativeInteger"

#define DG_NIF_BEGIN       DG_NS_NIF "beginIndex"
#define DG_NIF_END         DG_NS_NIF "endIndex"
#define DG_NIF_ANCHOR      DG_NS_NIF "anchorOf"
#define DG_NIF_REFCONTEXT  DG_NS_NIF "referenceContext"
#define DG_NIF_CONTEXT     DG_NS_NIF "Context"
#define DG_NIF_SENTENCE    DG_NS_NIF "Sentence"
#define DG_NIF_ISSTRING    DG_NS_NIF "isString"

/* classes */
#define DG_DIP_ACTOR         DG_NS_DIP "Actor"
#define DG_DIP_PERSON        DG_NS_DIP "Person"
#define DG_DIP_COUNTRY       DG_NS_DIP "Country"
#define DG_DIP_ORGANIZATION  DG_NS_DIP "Organization"
#define DG_DIP_INTERNATIONAL_ORGANIZATION DG_NS_DIP "InternationalOrganization"
#define DG_DIP_PLACE         DG_NS_DIP "Place"
#define DG_DIP_DOCUMENT      DG_NS_DIP "Document"
#define DG_DIP_MENTION       DG_NS_DIP "Mention"
#define DG_DIP_EVENT         DG_NS_DIP "Event"

/* properties */
#define DG_DIP_AGENT        DG_NS_DIP "agent"
#define DG_DIP_TARGET       DG_NS_DIP "target"
#define DG_DIP_PARTICIPANT  DG_NS_DIP "participant"
#define DG_DIP_PLACE_P      DG_NS_DIP "place"
#define DG_DIP_DATE         DG_NS_DIP "date"
#define DG_DIP_DATETEXT     DG_NS_DIP "dateText"
#define DG_DIP_CAMEOCODE    DG_NS_DIP "cameoCode"
#define DG_DIP_CAMEO        DG_NS_DIP "cameo"          /* -> skos:Concept of the code */
#define DG_DIP_PLOVERTYPE   DG_NS_DIP "ploverType"
#define DG_DIP_PLOVERMODE   DG_NS_DIP "ploverMode"
#define DG_DIP_GOLDSTEIN    DG_NS_DIP "goldstein"
#define DG_DIP_QUADCLASS    DG_NS_DIP "quadClass"
#define DG_DIP_MODALITY     DG_NS_DIP "modality"
#define DG_DIP_QUOTE        DG_NS_DIP "quote"
#define DG_DIP_ABOUT        DG_NS_DIP "about"          /* statement -> actor spoken of */
#define DG_DIP_SOURCE       DG_NS_DIP "source"
#define DG_DIP_EVIDENCE     DG_NS_DIP "evidence"
#define DG_DIP_CONFIDENCE   DG_NS_DIP "confidence"
#define DG_DIP_ROLE         DG_NS_DIP "role"
#define DG_DIP_AFFILIATION  DG_NS_DIP "affiliation"
#define DG_DIP_SECTOR       DG_NS_DIP "sector"
#define DG_DIP_COUNTRYCODE  DG_NS_DIP "countryCode"
#define DG_DIP_LOCATEDIN    DG_NS_DIP "locatedIn"      /* place -> country */
#define DG_DIP_MENTIONS     DG_NS_DIP "mentions"       /* document -> actor/place */
#define DG_DIP_MENTIONOF    DG_NS_DIP "mentionOf"      /* mention -> actor/place/event */
#define DG_DIP_EVIDENCESPAN DG_NS_DIP "evidenceSpan"   /* event -> nif sentence */
