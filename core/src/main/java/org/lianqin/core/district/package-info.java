/**
 * The district: its own admins (global accounts, separate from every street office's staff) and what
 * they do — onboard a street office in one step from a template the district keeps, run the street
 * offices (figures only, never a resident's details), suspend, resume and retire one, reset its admin's
 * password, issue and revoke its API keys. The console (tenant-admin) and the provisioning API call here.
 */
package org.lianqin.core.district;
