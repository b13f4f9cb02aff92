/**
 * Page objects for the browser tests: one class per page of the residents' site and one for the Vaadin
 * sign-in view. Each knows its page's selectors and waits for its page; its methods are the user's steps
 * and return the page a step leads to. Tests keep the assertions and the screenshots.
 */
package org.lianqin.ear.pages;
