/**
 * Photos residents and staff upload: checked by their content (JPEG, PNG, WebP; size, pixels, count), with
 * EXIF, GPS, XMP and text chunks stripped before anything is stored. Uses {@code kernel}.
 */
package org.lianqin.core.photos;
