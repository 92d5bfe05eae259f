<#ftl output_format="HTML" strip_whitespace=true>
<#-- persons.html: every person the documents name, by sort name. Model: index (persons: name, url, dates, role, count, biography; withBiography). -->
<#import "layout.ftl" as layout>
<#assign ps = index.persons>
<@layout.page title="Persons" current="persons" description="The ${ps?size} persons named in the documents of this edition, with the biographies of the editorial notes.">
<h1>Persons</h1>
<p class="lede">${ps?size} person<#if ps?size != 1>s</#if> named in the documents<#if index.withBiography gt 0>; ${index.withBiography} with a biography from the collection’s editorial notes</#if>. Each page lists every document that names the person, in every source.</p>
<#if ps?has_content>
<ul class="person-index">
<#list ps as p>
<li><a href="${p.url}">${p.name}</a><#if p.dates?has_content> <span class="muted">(${p.dates})</span></#if> <span class="count">${p.count} document<#if p.count != 1>s</#if></span><#if p.role?has_content><br><span class="muted">${p.role}</span><#elseif p.biography?has_content><br><span class="muted">${p.biography}</span></#if></li>
</#list>
</ul>
<#else>
<p>No persons are named in this edition’s documents.</p>
</#if>
</@layout.page>
