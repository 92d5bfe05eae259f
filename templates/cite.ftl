<#ftl output_format="HTML" strip_whitespace=true>
<#--
  "Cite this document": the document page's citation metadata (head) and its visible citation
  section. The model `c` is doc.cite, built by CitationPageModel: note is HTML our code escaped,
  jsonLd is JSON made safe for a script element; everything else is plain text.
-->
<#macro head c>
<link rel="alternate" type="application/x-bibtex" href="${root}${c.bib}" title="BibTeX">
<link rel="alternate" type="application/x-research-info-systems" href="${root}${c.ris}" title="RIS">
<link rel="alternate" type="application/vnd.citationstyles.csl+json" href="${root}${c.csl}" title="CSL-JSON">
<link rel="alternate" type="application/tei+xml" href="${root}${c.tei}" title="TEI P5">
<#list c.highwire as m>
<meta name="${m.name}" content="${m.content}">
</#list>
<link rel="schema.DC" href="http://purl.org/dc/elements/1.1/">
<#list c.dublinCore as m>
<meta name="${m.name}" content="${m.content}">
</#list>
<script type="application/ld+json">${c.jsonLd?no_esc}</script>
</#macro>

<#macro section c>
<section class="cite" aria-labelledby="h-cite" data-pagefind-ignore="all">
<h2 id="h-cite">Cite this document</h2>
<p class="cite-note">${c.note?no_esc}</p>
<p class="cite-files">Download the citation: <a href="${root}${c.bib}" download>BibTeX</a>, <a href="${root}${c.ris}" download>RIS</a>, <a href="${root}${c.csl}" download>CSL-JSON</a>.<#list site.pages?filter(p -> p.url == "how-to-cite.html") as p> <a href="${root}${p.url}">${p.title}</a></#list></p>
<p class="cite-files">The document in TEI P5 XML: <a href="${root}${c.tei}" download>${c.tei?keep_after_last("/")}</a>.</p>
</section>
</#macro>
