/*
 * The libxml2 helpers declared in include/CLibXML2.h. This file is the only place that holds the
 * shim's mutable state, so there is exactly one copy of it in the process.
 */
#include "CLibXML2.h"

#include <pthread.h>
#include <stdlib.h>
#include <string.h>

/* Depth of nested trusted loads on the current thread (see fp_beginTrustedLoad). */
static _Thread_local int fp_trustedLoadDepth = 0;

/* libxml2's own loader, saved once by fp_initialize before the guarded one replaces it. */
static xmlExternalEntityLoader fp_defaultEntityLoader = NULL;

/* Guards fp_initialize. */
static pthread_once_t fp_initializeOnce = PTHREAD_ONCE_INIT;

/* The installed external entity loader: refuses every load, except local files during a
 * trusted load on the current thread. */
static xmlParserInputPtr fp_guardedEntityLoader(const char *url, const char *id,
                                                xmlParserCtxtPtr context) {
    if (fp_trustedLoadDepth > 0 && fp_defaultEntityLoader != NULL && url != NULL) {
        /* Trusted schema compilation: local files only, never the network. */
        if (strstr(url, "://") == NULL || strncmp(url, "file://", 7) == 0) {
            return fp_defaultEntityLoader(url, id, context);
        }
    }
    if (context != NULL) {
        context->errNo = XML_IO_LOAD_ERROR;
    }
    return NULL;
}

static void fp_initializeLibrary(void) {
    xmlInitParser();
    fp_defaultEntityLoader = xmlGetExternalEntityLoader();
    xmlSetExternalEntityLoader(fp_guardedEntityLoader);
    (void)xmlRelaxNGInitTypes();
    xmlSchemaInitTypes();
}

void fp_initialize(void) { (void)pthread_once(&fp_initializeOnce, fp_initializeLibrary); }

void fp_xmlFree(void *pointer) {
    if (pointer != NULL) {
        xmlFree(pointer);
    }
}

int fp_xmlLoadedVersion(void) { return xmlParserVersion != NULL ? atoi(xmlParserVersion) : 0; }

void fp_beginTrustedLoad(void) { fp_trustedLoadDepth += 1; }

void fp_endTrustedLoad(void) { fp_trustedLoadDepth -= 1; }

int fp_ctxtErrNo(xmlParserCtxtPtr context) { return context != NULL ? context->errNo : 0; }

/* The generic error function installed while errors are captured: drops the message. */
static void fp_silentGenericError(void *context, const char *message, ...) {
    (void)context;
    (void)message;
}

fp_StructuredErrorState fp_pushStructuredErrors(xmlStructuredErrorFunc handler, void *context) {
    fp_StructuredErrorState previous;
    previous.handler = xmlStructuredError;
    previous.context = xmlStructuredErrorContext;
    previous.genericHandler = (void *)xmlGenericError;
    previous.genericContext = xmlGenericErrorContext;
    xmlSetStructuredErrorFunc(context, handler);
    xmlSetGenericErrorFunc(NULL, fp_silentGenericError);
    return previous;
}

void fp_popStructuredErrors(fp_StructuredErrorState previous) {
    xmlSetStructuredErrorFunc(previous.context, previous.handler);
    xmlSetGenericErrorFunc(previous.genericContext, (xmlGenericErrorFunc)previous.genericHandler);
}

/* xmlHashScan callback: keeps the first name seen. */
static void fp_firstEntityNameScanner(void *payload, void *data, const xmlChar *name) {
    const xmlChar **first = (const xmlChar **)data;
    (void)payload;
    if (*first == NULL) {
        *first = name;
    }
}

const xmlChar *fp_dtdFirstEntityName(xmlDtdPtr dtd) {
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

int fp_xmlTextWriterWriteRawAttribute(xmlTextWriterPtr writer, const xmlChar *name,
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

int fp_xmlOutputBufferDropUTF8Encoder(xmlOutputBufferPtr out) {
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
