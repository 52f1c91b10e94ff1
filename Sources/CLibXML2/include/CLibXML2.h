#ifndef FAIRPLAN_CLIBXML2_H
#define FAIRPLAN_CLIBXML2_H

/*
 * libxml2 for Swift: the library's headers, plus the few helpers Swift cannot express (macros,
 * global function pointers, thread-local error handlers) and the entity-loading policy.
 *
 * The helpers are defined once, in shim.c, not as `static` functions in this header: their state
 * (the trusted-load depth, the default entity loader) then exists once per process, however many
 * Swift files or LLVM modules call them. The library itself is found with pkg-config through the
 * CLibXML2System target, which only links it.
 *
 * Swift 6.3.1 fails a clean build when one module sees both Foundation and Debian's libxml2
 * headers ("'UErrorCode' has different definitions in different modules"): libxml2's
 * xmlversion.h enables ICU, which drags the ICU headers in. FairPlan never uses libxml2's ICU
 * encoding support, so the flag is dropped right after xmlversion.h.
 */
#include <libxml/xmlversion.h>
#undef LIBXML_ICU_ENABLED

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

/*
 * Initialises libxml2 once per process, thread-safely: xmlInitParser(), the guarded external
 * entity loader (below), and the RelaxNG and XSD built-in type tables (which libxml2 otherwise
 * fills lazily and without locking, so that schemas may be compiled concurrently later).
 * Idempotent; every entry point calls it first. xmlCleanupParser() is never called: other threads
 * may still be using libxml2.
 */
void fp_initialize(void);

/* xmlFree is a global function pointer (a macro with threads); Swift cannot call it directly.
 * Does nothing for NULL. */
void fp_xmlFree(void *pointer);

/* Version of the libxml2 library actually loaded (xmlParserVersion), as an integer (e.g. 20914). */
int fp_xmlLoadedVersion(void);

/*
 * Entity loading policy.
 *
 * Untrusted documents are parsed from memory or from I/O callbacks, never from a URL, so any
 * attempt by libxml2 to load an external resource while parsing one (external DTD, external
 * entity, XInclude) goes through the external entity loader. fp_initialize() installs a loader
 * that refuses everything, except local files while a trusted schema file is being compiled on
 * the current thread, between fp_beginTrustedLoad() and fp_endTrustedLoad() (calls nest).
 */
void fp_beginTrustedLoad(void);

/* Ends the innermost fp_beginTrustedLoad() of the current thread. */
void fp_endTrustedLoad(void);

/* The parser context's error number (errNo), which Swift cannot reach through the opaque
 * reader; 0 for NULL. */
int fp_ctxtErrNo(xmlParserCtxtPtr context);

/*
 * Thread-local structured error capture.
 *
 * libxml2 keeps xmlStructuredError / xmlStructuredErrorContext per thread (LIBXML_THREAD_ENABLED),
 * but exposes them only through macros. fp_pushStructuredErrors installs a handler for the
 * duration of one synchronous libxml2 call on the current thread and returns the previous one,
 * which fp_popStructuredErrors restores.
 *
 * It also silences libxml2's generic error function (xmlGenericError, also per thread) for the
 * call: a few messages bypass the structured handler and would otherwise be printed on the
 * process's stderr, such as "xmlParseChunk: encoder error" when a document declares an encoding
 * its bytes do not convert from. The structured errors already carry what went wrong.
 */
typedef struct {
    xmlStructuredErrorFunc handler;
    void *context;
    /* The generic error function and its context (xmlGenericErrorFunc is variadic, which Swift
     * cannot import: only the shim reads this). */
    void *genericHandler;
    void *genericContext;
} fp_StructuredErrorState;

/* Installs `handler` with `context` on the current thread and silences generic errors; returns
 * what was installed before. */
fp_StructuredErrorState fp_pushStructuredErrors(xmlStructuredErrorFunc handler, void *context);

/* Restores a state returned by fp_pushStructuredErrors. */
void fp_popStructuredErrors(fp_StructuredErrorState previous);

/* Name of the first entity (general, then parameter) declared by a DTD, or NULL if none. */
const xmlChar *fp_dtdFirstEntityName(xmlDtdPtr dtd);

/*
 * Writer fast path: one attribute whose value is already known to need no escaping (the
 * caller passes ASCII digits, '-' or ':' only), written by xmlTextWriter in one call from Swift.
 * Returns the number of bytes written, or -1 as the xmlTextWriter functions do.
 */
int fp_xmlTextWriterWriteRawAttribute(xmlTextWriterPtr writer, const xmlChar *name,
                                      const xmlChar *content, int length);

/*
 * Writer fast path: xmlTextWriterStartDocument with encoding "UTF-8" installs libxml2's UTF-8
 * to UTF-8 "converter", which copies every byte written from the output buffer into a second
 * buffer before the write callback sees it. The copy changes nothing (the writer's input is
 * UTF-8), so once the declaration is written the converter is dropped, after flushing anything
 * it holds; the document keeps its UTF-8 encoding name, so attribute values stay raw UTF-8.
 * Returns 0, or -1 when the flush fails.
 */
int fp_xmlOutputBufferDropUTF8Encoder(xmlOutputBufferPtr out);

/*
 * Temporary output files removed when the process is interrupted (temporary_files.c).
 *
 * FairPlan writes every output file to a temporary file beside it and renames it into place.
 * fp_registerTemporaryFile records the temporary file's path in a fixed table and, the first time,
 * installs a handler for SIGINT, SIGTERM and SIGHUP (not for a signal the process ignores) that
 * unlinks every recorded path with async-signal-safe calls only, then lets the signal do what it
 * did before (the previous handler, or the default action: the process ends by the signal).
 * Returns the slot to pass to fp_unregisterTemporaryFile, or -1 when the table is full or the
 * path too long (the file is then only removed on the ordinary error paths).
 */
int fp_registerTemporaryFile(const char *path);

/* Forgets a slot returned by fp_registerTemporaryFile (after the rename or the removal); does
 * nothing for -1. */
void fp_unregisterTemporaryFile(int slot);

/* How many temporary files are recorded now (for tests). */
int fp_registeredTemporaryFileCount(void);

#endif
