#ifndef FAIRPLAN_CLIBXML2_SHIM_H
#define FAIRPLAN_CLIBXML2_SHIM_H

/*
 * System-library shim for libxml2.
 *
 * Swift 6.3.1 fails a clean build when one module sees both Foundation and Debian's libxml2
 * headers ("'UErrorCode' has different definitions in different modules"): libxml2's
 * xmlversion.h enables ICU, which drags the ICU headers in. FairPlan never uses libxml2's ICU
 * encoding support, so the flag is dropped right after xmlversion.h.
 */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

#include <stdlib.h>
#include <string.h>

#include <libxml/globals.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/relaxng.h>
#include <libxml/tree.h>
#include <libxml/uri.h>
#include <libxml/xmlIO.h>
#include <libxml/xmlerror.h>
#include <libxml/xmlreader.h>
#include <libxml/xmlschemas.h>
#include <libxml/xmlschemastypes.h>
#include <libxml/xmlwriter.h>
#include <libxml/xpath.h>
#include <libxml/xpathInternals.h>

/* xmlFree is a macro-like global function pointer; Swift cannot call it directly. */
static inline void fp_xmlFree(void *pointer) {
    if (pointer != NULL) {
        xmlFree(pointer);
    }
}

/* Version of the libxml2 library actually loaded, as an integer (e.g. 20914). */
static inline int fp_xmlLoadedVersion(void) {
    return xmlParserVersion != NULL ? atoi(xmlParserVersion) : 0;
}

/*
 * Entity loading policy.
 *
 * Untrusted documents are parsed from memory or from I/O callbacks, never from a URL, so any
 * attempt by libxml2 to load an external resource while parsing one (external DTD, external
 * entity, XInclude) goes through the external entity loader. FairPlan installs a loader that
 * refuses everything, except while a trusted schema file is being compiled on the current thread.
 */
static _Thread_local int fp_trustedLoadDepth = 0;

static inline void fp_beginTrustedLoad(void) { fp_trustedLoadDepth += 1; }
static inline void fp_endTrustedLoad(void) { fp_trustedLoadDepth -= 1; }

static xmlExternalEntityLoader fp_defaultEntityLoader = NULL;

static inline xmlParserInputPtr fp_guardedEntityLoader(const char *url, const char *id,
                                                       xmlParserCtxtPtr context) {
    if (fp_trustedLoadDepth > 0 && fp_defaultEntityLoader != NULL && url != NULL) {
        /* Trusted schema compilation: local files only, never the network. */
        if (strstr(url, "://") == NULL || strncmp(url, "file://", 7) == 0) {
            return fp_defaultEntityLoader(url, id, context);
        }
    }
    (void)id;
    if (context != NULL) {
        context->errNo = XML_IO_LOAD_ERROR;
    }
    return NULL;
}

static inline void fp_installEntityLoader(void) {
    if (fp_defaultEntityLoader == NULL) {
        fp_defaultEntityLoader = xmlGetExternalEntityLoader();
        xmlSetExternalEntityLoader(fp_guardedEntityLoader);
    }
}

/* Parser-context error fields that Swift cannot reach through the opaque reader. */
static inline int fp_ctxtErrNo(xmlParserCtxtPtr context) {
    return context != NULL ? context->errNo : 0;
}

/*
 * Thread-local structured error capture.
 *
 * libxml2 keeps xmlStructuredError / xmlStructuredErrorContext per thread (LIBXML_THREAD_ENABLED),
 * but exposes them only through macros. These helpers install a handler for the duration of one
 * synchronous libxml2 call on the current thread and restore the previous one afterwards.
 */
typedef struct {
    xmlStructuredErrorFunc handler;
    void *context;
} fp_StructuredErrorState;

static inline fp_StructuredErrorState fp_pushStructuredErrors(xmlStructuredErrorFunc handler,
                                                              void *context) {
    fp_StructuredErrorState previous;
    previous.handler = xmlStructuredError;
    previous.context = xmlStructuredErrorContext;
    xmlSetStructuredErrorFunc(context, handler);
    return previous;
}

static inline void fp_popStructuredErrors(fp_StructuredErrorState previous) {
    xmlSetStructuredErrorFunc(previous.context, previous.handler);
}

/* Name of the first entity (general, then parameter) declared by a DTD, or NULL if none. */
static inline void fp_firstEntityNameScanner(void *payload, void *data, const xmlChar *name) {
    const xmlChar **first = (const xmlChar **)data;
    (void)payload;
    if (*first == NULL) {
        *first = name;
    }
}

static inline const xmlChar *fp_dtdFirstEntityName(xmlDtdPtr dtd) {
    const xmlChar *first = NULL;
    if (dtd == NULL) {
        return NULL;
    }
    if (dtd->entities != NULL) {
        xmlHashScan((xmlHashTablePtr)dtd->entities, fp_firstEntityNameScanner, (void *)&first);
    }
    if (first == NULL && dtd->pentities != NULL) {
        xmlHashScan((xmlHashTablePtr)dtd->pentities, fp_firstEntityNameScanner, (void *)&first);
    }
    return first;
}

/*
 * Writer fast path: one attribute whose value is already known to need no escaping (the
 * caller passes ASCII digits, '-' or ':' only), written by xmlTextWriter in one call from Swift.
 * Returns the number of bytes written, or -1 as the xmlTextWriter functions do.
 */
static inline int fp_xmlTextWriterWriteRawAttribute(xmlTextWriterPtr writer, const xmlChar *name,
                                                    const xmlChar *content, int length) {
    int sum = 0;
    int count = xmlTextWriterStartAttribute(writer, name);
    if (count < 0) {
        return -1;
    }
    sum += count;
    count = xmlTextWriterWriteRawLen(writer, content, length);
    if (count < 0) {
        return -1;
    }
    sum += count;
    count = xmlTextWriterEndAttribute(writer);
    if (count < 0) {
        return -1;
    }
    return sum + count;
}

/*
 * Writer fast path: xmlTextWriterStartDocument with encoding "UTF-8" installs libxml2's UTF-8
 * to UTF-8 "converter", which copies every byte written from the output buffer into a second
 * buffer before the write callback sees it. The copy changes nothing (the writer's input is
 * UTF-8), so once the declaration is written the converter is dropped, after flushing anything
 * it holds; the document keeps its UTF-8 encoding name, so attribute values stay raw UTF-8.
 */
static inline int fp_xmlOutputBufferDropUTF8Encoder(xmlOutputBufferPtr out) {
    if (out == NULL || out->encoder == NULL || out->encoder->name == NULL ||
        strcmp(out->encoder->name, "UTF-8") != 0) {
        return 0;
    }
    if (out->conv != NULL && xmlBufUse(out->conv) > 0) {
        if (xmlOutputBufferFlush(out) < 0) {
            return -1;
        }
    }
    xmlCharEncCloseFunc(out->encoder);
    out->encoder = NULL;
    return 0;
}

#endif
