<#ftl output_format="HTML" strip_whitespace=true>
<#--
  search.html: the search box, facets and results. assets/search.js does the searching with the
  Pagefind bundle pagefind/ (and its shards: search-bundles.json), which holds each document once,
  translation and Chinese original together; the ids below are its
  contract. Without JavaScript, or opened from disk, the page says so and points to the chronology.
  The facets sit in a "Refine" disclosure, open on a wide screen and closed on a phone (search.js),
  so the first result is on a phone's first screen; a skip link leads past them to the results.
-->
<#import "layout.ftl" as layout>
<@layout.page title="Search" current="search" styles=["assets/search.css"] scripts=["assets/search.js"]
    description="Search the documents of the edition, in English and in the Chinese originals.">
<h1>Search</h1>
<form id="search-form" class="search-form" action="${root}search.html" method="get" role="search">
<div class="search-box">
<label for="search-q">Search the documents</label>
<input id="search-q" name="q" type="search" autocomplete="off" spellcheck="false">
</div>
<div class="search-sort">
<label for="search-sort">Order</label>
<select id="search-sort" name="sort">
<option value="">Best match first</option>
<option value="oldest">Date, oldest first</option>
<option value="newest">Date, newest first</option>
</select>
</div>
<button type="submit">Search</button>
<p class="search-hint">Searches the English text of every document; a query in Chinese characters also searches the Chinese originals. Put words in quotes to find them as a phrase.</p>
</form>
<p id="search-nojs" class="search-notice">Search needs JavaScript, which is off or blocked in this browser. Every document can still be found through the <a href="${root}chronology.html">chronology</a>.</p>
<p id="search-status" class="search-status" role="status" aria-live="polite"></p>
<a id="search-skip" class="skip-results" href="#search-results" hidden>Skip to the results</a>
<div class="search-layout">
<details id="search-refine" class="search-refine" hidden>
<summary>Refine<span id="search-refine-count" class="search-refine-count"></span></summary>
<div id="search-facets" class="search-facets" role="group" aria-label="Refine the results" hidden></div>
</details>
<section class="search-main" aria-label="Results">
<ol id="search-results" class="search-results" tabindex="-1"></ol>
<button id="search-more" class="search-more" type="button" hidden>Show more results</button>
</section>
</div>
</@layout.page>
