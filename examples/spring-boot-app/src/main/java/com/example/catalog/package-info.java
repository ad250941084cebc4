/** The catalog application: its start-up and what it does once started. */
package com.example.catalog;
