<#ftl output_format="HTML" strip_whitespace=true>
<#--
  sources/<id>.html: one source and its documents, as the source orders them. Model: source (title,
  kind, entries [this page's: number, doc or absent], numbered, unnumbered [on the last page], count,
  missing, paging [see apparatus.ftl]). A numbered collection lists its numbers in order, and a
  number the edition lacks as a gap. A long list takes several pages.
-->
<#import "layout.ftl" as layout>
<#import "apparatus.ftl" as ap>
<#assign s = source>
<@layout.page title=s.title + ap.pageSuffix(s.paging) current="sources" description="${s.title}: the ${s.count} document(s) of this edition from this source.">
<h1>${s.title}<#if s.paging.page gt 1> <span class="count">page ${s.paging.page} of ${s.paging.pages}</span></#if></h1>
<p class="lede">${s.kind}s. ${s.count} document<#if s.count != 1>s</#if> in this edition<#if s.numbered>, in the source’s own numbering<#if s.missing gt 0>; ${s.missing} number<#if s.missing != 1>s</#if> between the first and the last <#if s.missing != 1>are<#else>is</#if> not in this edition</#if><#else>, in date order</#if>.</p>
<@ap.pager paging=s.paging label="Pages of the list"/>
<#if s.numbered>
<ul class="source-list">
<#list s.entries as e>
<#if e.doc??>
<li><span class="source-number">${e.number}.</span> <a href="${root}${e.doc.url}">${e.doc.title}</a> <span class="entry-meta">${e.doc.date}</span></li>
<#else>
<li class="gap"><span class="source-number">${e.number}.</span> <span class="not-in-edition">Not in this edition</span></li>
</#if>
</#list>
</ul>
<#if s.unnumbered?has_content>
<h2>Entries without a number</h2>
<ul class="entries">
<#list s.unnumbered as d><@ap.docItem d/></#list>
</ul>
</#if>
<#else>
<ul class="entries">
<#list s.entries as e><#if e.doc??><@ap.docItem e.doc/></#if></#list>
</ul>
</#if>
<@ap.pager paging=s.paging label="Pages of the list, again"/>
<p><a href="${root}sources.html">All sources</a> · <a href="${root}archives.html">Archives and newspapers</a></p>
</@layout.page>
