<#ftl output_format="HTML" strip_whitespace=true>
<#--
  data.html: the edition's open data. The model `data` is built by DataPageModel: exports (url,
  title, format, description: the files for the whole edition, one entry each), total, and example
  (title, url, record, bib, ris, csl, tei: the first document's page and files). All plain text.
-->
<#import "layout.ftl" as layout>
<#assign m = data>
<@layout.page title="Data" current="data.html" description="The edition's documents as open data: CSV, JSON, a data package, an Atom feed and citation files.">
<article class="prose data-page">
<h1>Data</h1>
<p class="lede">Everything on this site is also published as data: the ${m.total} documents as a table and as JSON, a feed, and each document's record and citation files. Addresses in the files are relative to the site's top folder unless the site's public address is known.</p>
<h2 id="edition-files">Files for the whole edition</h2>
<dl class="data-files">
<#list m.exports as e>
<div>
<dt><a href="${root}${e.url}">${e.title}</a> <span class="data-format">${e.format} · <code>${e.url}</code></span></dt>
<dd>${e.description}</dd>
</div>
</#list>
</dl>
<h2 id="document-files">Files for each document</h2>
<p>Every document has a record of its own and three citation files and a TEI file, named by the document's id (the last part of its page's address).</p>
<dl class="data-files">
<div>
<dt>Record <span class="data-format">JSON · <code>data/documents/&lt;id&gt;.json</code></span></dt>
<dd>Everything the page shows, as data: the metadata, the text's paragraphs and notes, the original, the documents it refers to and those that cite it, and the seed file and lines it was read from.</dd>
</div>
<div>
<dt>Citation files <span class="data-format">BibTeX, RIS, CSL-JSON · <code>data/cite/&lt;id&gt;.bib</code>, <code>.ris</code>, <code>.json</code></span></dt>
<dd>The document's citation for Zotero, EndNote, BibTeX and other reference managers, the same as the page's “Cite this document”. Each document page links them, and its head carries the same metadata for tools that read a page (Highwire <code>citation_*</code> tags, Dublin Core, schema.org).<#list site.pages?filter(p -> p.url == "how-to-cite.html") as p> <a href="${root}${p.url}">${p.title}</a> explains how to cite a document.</#list></dd>
</div>
<div>
<dt>TEI <span class="data-format">TEI P5 XML · <code>data/tei/&lt;id&gt;.xml</code></span></dt>
<dd>The document in the Text Encoding Initiative's format, as in the edition's TEI corpus: a folder of these files is also a seeds folder that rebuilds the same edition.</dd>
</div>
</dl>
<#if m.example??>
<#assign x = m.example>
<p>For example, for <a href="${root}${x.url}">${x.title}</a>: <a href="${root}${x.record}">record</a>, <a href="${root}${x.bib}">BibTeX</a>, <a href="${root}${x.ris}">RIS</a>, <a href="${root}${x.csl}">CSL-JSON</a>, <a href="${root}${x.tei}">TEI</a>.</p>
</#if>
</article>
</@layout.page>
