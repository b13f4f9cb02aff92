/**
 * The district console's views: the street offices with their figures, one office's state, admins, API
 * keys and template, onboarding in one step, the templates, the admin's API tokens and password.
 */
package org.lianqin.admin.views;
