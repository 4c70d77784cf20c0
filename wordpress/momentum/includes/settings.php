<?php
/**
 * Settings -> Momentum: the clinic's defaults for every placement, for administrators only.
 * Saved through the Settings API (options.php checks the nonce and the capability), each value
 * checked by its rule in rules.php.
 *
 * @package Momentum
 */

if ( ! defined( 'ABSPATH' ) ) {
	exit;
}

/**
 * The settings the page holds; a placement can set these and a few more (momentum_fields()).
 *
 * @return string[]
 */
function momentum_setting_names() {
	return array( 'clinic_name', 'consult_url', 'accent', 'week_start', 'support_text', 'support_url', 'lang', 'offline', 'offline_scope' );
}

/**
 * The choices of the settings that have a few, '' being "the widget's default".
 *
 * @param string $name Setting name.
 * @return array<string, string>|null Value => label, or null for a text field.
 */
function momentum_setting_choices( $name ) {
	$default = __( "Widget's default", 'momentum' );
	switch ( $name ) {
		case 'week_start':
			return array(
				''       => $default . ' (' . __( 'Monday', 'momentum' ) . ')',
				'monday' => __( 'Monday', 'momentum' ),
				'sunday' => __( 'Sunday', 'momentum' ),
			);
		case 'lang':
			return array(
				''   => __( "The page's language (English if it is neither)", 'momentum' ),
				'en' => 'English',
				'es' => 'Español',
			);
		case 'offline':
			return array(
				''    => $default . ' (' . __( 'on', 'momentum' ) . ')',
				'on'  => __( 'On', 'momentum' ),
				'off' => __( 'Off', 'momentum' ),
			);
	}
	return null;
}

/**
 * A line of help under each field.
 *
 * @param string $name Setting name.
 * @return string
 */
function momentum_setting_help( $name ) {
	switch ( $name ) {
		case 'clinic_name':
			return __( 'Who is speaking in the widget, up to 80 characters. Empty: "your care team".', 'momentum' );
		case 'consult_url':
			return __( 'Where "Talk with us" links go: a path on this site such as /contact/, or an https:// address. Empty: no link.', 'momentum' );
		case 'accent':
			return __( 'Your colour, such as #1d6b64. The widget keeps its text readable on it. Empty: teal.', 'momentum' );
		case 'support_text':
			return __( 'A crisis or support line the widget shows, such as "Call or text 988". Empty: none.', 'momentum' );
		case 'support_url':
			return __( 'Its link: tel: or sms: and a number, such as tel:988, or an https:// address.', 'momentum' );
		case 'offline':
			return __( 'Off also removes an offline copy that an earlier visit left in a visitor\'s browser.', 'momentum' );
		case 'offline_scope':
			return __( 'Where the offline copy works. Empty: only inside the plugin\'s folder, so no post opens offline. / : every page with the widget, if your server sends the Service-Worker-Allowed header (the plugin\'s .htaccess does on Apache with mod_headers).', 'momentum' );
	}
	return '';
}

/**
 * Adds Settings -> Momentum.
 */
function momentum_add_settings_page() {
	add_options_page( __( 'Momentum', 'momentum' ), __( 'Momentum', 'momentum' ), 'manage_options', 'momentum', 'momentum_settings_page' );
}

/**
 * Registers the option, its section and its fields.
 */
function momentum_register_settings() {
	register_setting(
		'momentum',
		'momentum_settings',
		array(
			'type'              => 'array',
			'default'           => array(),
			'sanitize_callback' => 'momentum_sanitize_settings',
		)
	);
	add_settings_section( 'momentum_defaults', __( 'Defaults for every placement', 'momentum' ), 'momentum_settings_intro', 'momentum' );
	$fields = momentum_fields();
	foreach ( momentum_setting_names() as $name ) {
		add_settings_field(
			'momentum_' . $name,
			$fields[ $name ]['label'],
			'momentum_settings_field',
			'momentum',
			'momentum_defaults',
			array(
				'name'      => $name,
				'label_for' => 'momentum_' . $name,
			)
		);
	}
}

/**
 * Keeps each value that passes its rule; for each one that does not, keeps the value saved
 * before and says why. An empty field means the widget's default.
 *
 * @param mixed $input The submitted values.
 * @return array<string, string>
 */
function momentum_sanitize_settings( $input ) {
	$before = get_option( 'momentum_settings', array() );
	$before = is_array( $before ) ? $before : array();
	if ( ! is_array( $input ) ) {
		return $before;
	}
	$fields = momentum_fields();
	$clean  = array();
	foreach ( momentum_setting_names() as $name ) {
		$typed = isset( $input[ $name ] ) && is_string( $input[ $name ] ) ? $input[ $name ] : '';
		if ( '' === momentum_trim( $typed ) ) {
			continue;
		}
		$value = call_user_func( $fields[ $name ]['check'], $typed );
		if ( null !== $value ) {
			$clean[ $name ] = $value;
			continue;
		}
		add_settings_error(
			'momentum_settings',
			'momentum_' . $name,
			/* translators: 1: the setting's name, 2: what to write instead. */
			sprintf( __( '%1$s was not changed: %2$s. The other settings were saved.', 'momentum' ), $fields[ $name ]['label'], $fields[ $name ]['rule'] )
		);
		if ( isset( $before[ $name ] ) ) {
			$clean[ $name ] = $before[ $name ];
		}
	}
	return $clean;
}

/**
 * The text above the fields.
 */
function momentum_settings_intro() {
	echo '<p>' . esc_html__( 'Every Momentum block and [momentum] shortcode on this site uses these values, unless it sets its own. Leave a field empty for the widget\'s default.', 'momentum' ) . '</p>';
}

/**
 * One field.
 *
 * @param array $args From add_settings_field(): the setting's name.
 */
function momentum_settings_field( $args ) {
	$name    = $args['name'];
	$saved   = get_option( 'momentum_settings', array() );
	$current = is_array( $saved ) && isset( $saved[ $name ] ) ? (string) $saved[ $name ] : '';
	$id      = 'momentum_' . $name;
	$field   = 'momentum_settings[' . $name . ']';
	$choices = momentum_setting_choices( $name );
	if ( null === $choices ) {
		printf(
			'<input type="text" class="regular-text" id="%1$s" name="%2$s" value="%3$s" aria-describedby="%1$s_help">',
			esc_attr( $id ),
			esc_attr( $field ),
			esc_attr( $current )
		);
	} else {
		printf( '<select id="%1$s" name="%2$s" aria-describedby="%1$s_help">', esc_attr( $id ), esc_attr( $field ) );
		foreach ( $choices as $value => $label ) {
			printf( '<option value="%1$s"%2$s>%3$s</option>', esc_attr( $value ), selected( $current, (string) $value, false ), esc_html( $label ) );
		}
		echo '</select>';
	}
	printf( '<p class="description" id="%1$s_help">%2$s</p>', esc_attr( $id ), esc_html( momentum_setting_help( $name ) ) );
}

/**
 * The page.
 */
function momentum_settings_page() {
	if ( ! current_user_can( 'manage_options' ) ) {
		return;
	}
	echo '<div class="wrap"><h1>' . esc_html( get_admin_page_title() ) . '</h1><form action="options.php" method="post">';
	settings_fields( 'momentum' );
	do_settings_sections( 'momentum' );
	submit_button();
	echo '</form></div>';
}

/**
 * A "Settings" link next to Deactivate on the Plugins screen.
 *
 * @param string[] $links The row's links.
 * @return string[]
 */
function momentum_settings_link( $links ) {
	if ( current_user_can( 'manage_options' ) ) {
		array_unshift( $links, '<a href="' . esc_url( admin_url( 'options-general.php?page=momentum' ) ) . '">' . esc_html__( 'Settings', 'momentum' ) . '</a>' );
	}
	return $links;
}
