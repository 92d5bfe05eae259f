<#ftl output_format="HTML" strip_whitespace=true>
<#-- index.html: what the edition holds, counted, and the ways into it. Model: home (HomePageModel). -->
<#import "layout.ftl" as layout>
<#assign h = home>
<@layout.page title=site.title current="home">
<h1>${site.title}</h1>
<#if site.description?has_content>
<p class="lede">${site.description}</p>
</#if>
<p>This edition holds <strong>${h.total} documents and entries</strong><#if h.first?has_content>, dated from ${h.first} to ${h.last}</#if>, from ${h.sources?size} source<#if h.sources?size != 1>s</#if>.<#if h.withoutText gt 0> Of these, ${h.withoutText} <#if h.withoutText == 1>is an entry whose text its source does not print; it is<#else>are entries whose text their source does not print; they are</#if> listed so that the source's sequence stays complete.</#if><#if h.references gt 0> The texts and notes cite other documents by number ${h.references} times; each citation links to the cited page<#if h.unresolved gt 0>, or says that the document is not in this edition (${h.unresolved} times)</#if>.</#if></p>
<h2>Ways in</h2>
<ul class="ways">
<li><a href="chronology.html">Chronology</a>: every document in date order, by year and month, with a timeline.</li>
<#if site.hasSearch>
<li><a href="search.html">Search</a>: the words of every document, in English or Chinese.</li>
</#if>
<li><a href="sources.html">Sources</a>: the publications the documents come from, each in its own order.</li>
<li><a href="persons.html">Persons</a>: the people the documents name, with the editors' biographical notes.</li>
<li><a href="archives.html">Archives</a>: the archive files and newspaper issues the documents are kept in.</li>
<#if site.hasData!false>
<li><a href="data.html">Data</a>: the documents as CSV and JSON, a data package, a feed and citation files.</li>
</#if>
<#list site.pages as p>
<li><a href="${p.url}">${p.title}</a></li>
</#list>
</ul>
<h2>What it contains</h2>
<div class="tables">
<table>
<caption>Documents by kind</caption>
<thead><tr><th scope="col">Kind</th><th scope="col" class="num">Documents</th></tr></thead>
<tbody>
<#list h.kinds as k>
<tr><th scope="row">${k.label}</th><td class="num">${k.count}</td></tr>
</#list>
</tbody>
</table>
<table>
<caption>Documents by year</caption>
<thead><tr><th scope="col">Year</th><th scope="col" class="num">Documents</th></tr></thead>
<tbody>
<#list h.years as y>
<tr><th scope="row"><a href="${y.url}">${y.year}</a></th><td class="num">${y.count}</td></tr>
</#list>
<#if h.undated gt 0>
<tr><th scope="row"><a href="${h.undatedUrl}">Undated</a></th><td class="num">${h.undated}</td></tr>
</#if>
</tbody>
</table>
</div>
<h2>Sources</h2>
<ul>
<#list h.sources as s>
<li><a href="sources.html#${s.anchor}">${s.title}</a> <span class="muted">· ${s.kind}, ${s.countLabel}</span></li>
</#list>
</ul>
</@layout.page>
